namespace Portal.Build.Charts;

/// <summary>Trend lines: x evenly spaced per label, y proportional to the value above a zero baseline.</summary>
public static class LineGeometry
{
    public static IReadOnlyList<IReadOnlyList<LinePoint>> Points(
        IReadOnlyList<LineSeries> series, int labelCount, double left, double width, double baseline, double height, decimal scaleMax)
    {
        var step = labelCount <= 1 ? 0 : width / (labelCount - 1);
        var x0 = labelCount <= 1 ? left + width / 2 : left;
        return series.Select(s => (IReadOnlyList<LinePoint>)s.Values
                .Select((v, i) => v is { } value
                    ? new LinePoint(x0 + i * step, baseline - (scaleMax == 0m ? 0 : (double)(Math.Max(value, 0m) / scaleMax) * height), value)
                    : null)
                .OfType<LinePoint>()
                .ToArray())
            .ToArray();
    }

    /// <summary>A round upper end for the value axis: 1, 2 or 5 times a power of ten, at least the largest value.</summary>
    public static decimal NiceMax(decimal max)
    {
        if (max <= 0m)
        {
            return 1m;
        }

        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (step * power >= max)
            {
                return step * power;
            }
        }

        return 10m * power;
    }
}
