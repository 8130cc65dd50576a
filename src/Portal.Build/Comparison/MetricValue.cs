namespace Portal.Build.Comparison;

/// <summary>A metric's value in one report and where it was taken from (公开01表 …, or 文中所述).</summary>
public sealed record MetricValue(decimal Value, string Origin);
