namespace Portal.Build.Charts;

/// <summary>A horizontal bar: its row's top, its length in pixels, and the datum it draws.</summary>
public sealed record Bar(double Top, double Length, ChartDatum Datum);
