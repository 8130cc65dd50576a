namespace Portal.Build.Comparison;

/// <summary>One line of a 公开 table (its first amount column) beside the same line of the previous year's table.</summary>
public sealed record LineComparison(string? Code, string Name, string? Anchor, decimal? Current, decimal? Previous, LineStatus Status)
{
    public YearChange Change => new(Current, Previous);
}
