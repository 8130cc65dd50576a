namespace Portal.Build.Charts;

/// <summary>A slice of a donut, angles in degrees clockwise from 12 o'clock; <see cref="Share"/> is 0–1.</summary>
public sealed record PieSlice(double StartAngle, double EndAngle, double Share, ChartDatum Datum, int ColourIndex)
{
    public double Sweep => EndAngle - StartAngle;
}
