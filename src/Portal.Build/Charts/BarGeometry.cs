namespace Portal.Build.Charts;

/// <summary>Horizontal bars: each bar's length is proportional to its value, the largest filling the plot.</summary>
public static class BarGeometry
{
    public static IReadOnlyList<Bar> Layout(IReadOnlyList<ChartDatum> data, double plotLength, double rowHeight, double top = 0)
    {
        var max = data.Count == 0 ? 0m : data.Max(d => Math.Max(d.Value, 0m));
        return data.Select((d, i) => new Bar(
                top + i * rowHeight,
                max == 0m || d.Value <= 0m ? 0 : (double)(d.Value / max) * plotLength,
                d))
            .ToArray();
    }
}
