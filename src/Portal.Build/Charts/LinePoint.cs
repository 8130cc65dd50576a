namespace Portal.Build.Charts;

/// <summary>A plotted point of a trend line.</summary>
public sealed record LinePoint(double X, double Y, decimal Value);
