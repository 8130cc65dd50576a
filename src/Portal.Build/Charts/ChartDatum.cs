namespace Portal.Build.Charts;

/// <summary>One value of a chart with its label (a year, a 科目 name, a department).</summary>
public sealed record ChartDatum(string Label, decimal Value);
