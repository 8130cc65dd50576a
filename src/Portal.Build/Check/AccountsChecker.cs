using Portal.Build.Check.Rules;
using Portal.Core.Model;

namespace Portal.Build.Check;

/// <summary>
/// The check stage: runs every rule on every report (with the department's previous year beside it) and
/// returns the findings ordered by department, year and position in the YAML.
/// </summary>
public static class AccountsChecker
{
    public static IReadOnlyList<ICheckRule> Rules { get; } =
    [
        .. CodedRowTotalRule.All,
        new T07RowRule(),
        new T04RowTotalRule(),
        new TreeSumRule(),
        new T06TreeRule(),
        new T06TotalsRule(),
        .. BalanceRule.All,
        new CrossT01T02Rule(),
        new CrossT01T03Rule(),
        new CrossT04T05Rule(),
        new CrossT05T06Rule(),
        new SangongRowTotalRule(),
        new PerformanceWeightsRule(),
        new PerformanceTotalRule(),
        new PerformanceScoreCapRule(),
        new ExecutionRateRule(),
        new RequiredTablesRule(),
        new NoDataStatementRule(),
        CodeNameRule.Function,
        CodeNameRule.Economic,
        new DepartmentNameRule(),
        new ShareClaimRule(),
        new ChangeClaimRule(),
        new CompletionClaimRule(),
        new ProseFigureRule(),
        new SangongProseRule(),
        new ProseBalanceRule(),
        new ChangePartsRule(),
        new ListSumRule(),
        new ItemsSumRule(),
        new PreviousYearRule(),
        new CarryOverRule(),
        new UnitsRule(),
        new ReasonRule(),
        new ZeroBudgetRule(),
    ];

    /// <summary>A rule that breaks on unexpected data is a bug in Portal: name the rule and the report, not just the exception.</summary>
    private static List<Finding> Run(ICheckRule rule, CheckContext context, Report report)
    {
        try
        {
            return rule.Check(context).OfType<Finding>().ToList();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"rule {rule.Id} failed on {report.FilePath}: {ex.Message}", ex);
        }
    }

    public static IReadOnlyList<Finding> Check(ContentSet content, IReadOnlyList<ICheckRule>? rules = null)
    {
        var findings = new List<Finding>();
        foreach (var entry in content.Departments)
        {
            foreach (var report in entry.Reports)
            {
                var previous = entry.Reports.FirstOrDefault(r => r.Year == report.Year - 1);
                var context = new CheckContext(entry.Department, report, previous);
                foreach (var rule in rules ?? Rules)
                {
                    findings.AddRange(Run(rule, context, report));
                }
            }
        }

        return findings
            .OrderBy(f => f.DepartmentSlug, StringComparer.Ordinal)
            .ThenBy(f => f.Year)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToArray();
    }
}
