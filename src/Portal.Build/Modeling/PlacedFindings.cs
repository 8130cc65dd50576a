using Portal.Build.Check;
using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>
/// What <c>portal serve</c> remembers between rebuilds of where each report's findings sit on its page
/// (<see cref="FindingViews.Place"/>, which walks the report's tables and paragraphs). Placing depends only on the
/// report and its findings; an unchanged file keeps its report object (<see cref="Load.LoadedFiles"/>) and an
/// unchanged check its finding objects (<see cref="CheckedReports"/>), so the same objects are placed the same way.
/// Used by the model stage's one thread.
/// </summary>
public sealed class PlacedFindings
{
    private Dictionary<Report, Entry> _last = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Report, Entry> _next = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="FindingViews.Place"/>, or what it gave the last build for the same report and finding objects.</summary>
    internal IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> Place(Report report, string slug, Finding[] findings)
    {
        if (!_last.TryGetValue(report, out var known)
            || known.Slug != slug
            || !known.Findings.AsSpan().SequenceEqual(findings, ReferenceEqualityComparer.Instance))
        {
            known = new Entry(slug, findings, FindingViews.Place(report, slug, findings));
        }

        _next[report] = known;
        return known.Placed;
    }

    /// <summary>Keeps this build's placings for the next one: reports no longer in the content are let go.</summary>
    internal void Keep()
    {
        _last = _next;
        _next = new Dictionary<Report, Entry>(ReferenceEqualityComparer.Instance);
    }

    private sealed record Entry(string Slug, Finding[] Findings, IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> Placed);
}
