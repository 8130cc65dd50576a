namespace Portal.Build.Comparison;

/// <summary>This year's and the previous year's value of one figure, and the change computed from them.</summary>
public sealed record YearChange(decimal? Current, decimal? Previous)
{
    public decimal? Difference => Current is { } c && Previous is { } p ? c - p : null;

    /// <summary>The change in % of the previous year's value, to two decimals; null when there is no base (0 or missing).</summary>
    public decimal? Percent => Difference is { } d && Previous is { } p && p != 0m
        ? Math.Round(d / p * 100m, 2, MidpointRounding.AwayFromZero) + 0.00m // "+ 0.00m" gives every result two decimals: −50.00, not −50.0
        : null;
}
