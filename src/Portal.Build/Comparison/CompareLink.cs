namespace Portal.Build.Comparison;

/// <summary>A metric as the compare index lists it: its first page and its CSV.</summary>
public sealed record CompareLink(Metric Metric, string Path, string CsvPath);
