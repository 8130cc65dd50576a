using Portal.Core.Model;

namespace Portal.Build.Check;

/// <summary>
/// What <c>portal serve</c> remembers of the check between rebuilds: each report's findings, with the department and
/// the year before they were found against. A rule reads only those three (see <see cref="AccountsChecker.Check"/>),
/// and <see cref="Load.LoadedFiles"/> hands back the same objects for files whose text did not change, so findings
/// found against the same three objects (and the same rules) are the findings the rules would find again. An edit to
/// one report checks that report and the next year's (whose year before it is) again, not the whole site.
/// Looked up from the checker's threads; written only after they are done.
/// </summary>
public sealed class CheckedReports
{
    private Dictionary<Report, Entry> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>The findings of <paramref name="context"/>'s report when it was checked against the same department, year before and rules.</summary>
    internal bool TryGet(CheckContext context, IReadOnlyList<ICheckRule> rules, out IReadOnlyList<Finding> findings)
    {
        if (_entries.TryGetValue(context.Report, out var known)
            && ReferenceEquals(known.Department, context.Department)
            && ReferenceEquals(known.Previous, context.Previous)
            && ReferenceEquals(known.Rules, rules))
        {
            findings = known.Findings;
            return true;
        }

        findings = [];
        return false;
    }

    /// <summary>
    /// Keeps this check's findings for the next one, in place of the last check's: reports no longer in the content
    /// (an edited file's old reading, a deleted file) are let go.
    /// </summary>
    internal void Keep(IReadOnlyList<CheckContext> contexts, IReadOnlyList<ICheckRule> rules, IReadOnlyList<IReadOnlyList<Finding>> findings)
    {
        var entries = new Dictionary<Report, Entry>(contexts.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < contexts.Count; i++)
        {
            entries[contexts[i].Report] = new Entry(contexts[i].Department, contexts[i].Previous, rules, findings[i]);
        }

        _entries = entries;
    }

    private sealed record Entry(Department Department, Report? Previous, IReadOnlyList<ICheckRule> Rules, IReadOnlyList<Finding> Findings);
}
