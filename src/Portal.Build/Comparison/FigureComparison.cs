using Portal.Core.Model;

namespace Portal.Build.Comparison;

/// <summary>
/// One figure of a report beside the previous year's: the values (with where each comes from), the
/// computed change, and what the report's own text states about the change.
/// </summary>
public sealed record FigureComparison(
    string Key,
    string Label,
    MetricValue? Current,
    MetricValue? Previous,
    IReadOnlyList<StatedChange> Stated)
{
    public YearChange Change => new(Current?.Value, Previous?.Value);
}
