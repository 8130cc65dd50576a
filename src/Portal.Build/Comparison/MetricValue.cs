namespace Portal.Build.Comparison;

/// <summary>A metric's value in one report and where it was taken from (a table's label or title, or 文中所述).</summary>
public sealed record MetricValue(decimal Value, string Origin);
