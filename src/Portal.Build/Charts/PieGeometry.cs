using System.Globalization;

namespace Portal.Build.Charts;

/// <summary>Donut slices whose angles are proportional to the values; zero and negative values get no slice.</summary>
public static class PieGeometry
{
    public static IReadOnlyList<PieSlice> Slices(IReadOnlyList<ChartDatum> data)
    {
        var total = data.Where(d => d.Value > 0m).Sum(d => d.Value);
        var slices = new List<PieSlice>();
        var angle = 0.0;
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i].Value <= 0m || total == 0m)
            {
                continue;
            }

            var share = (double)(data[i].Value / total);
            slices.Add(new PieSlice(angle, angle + share * 360, share, data[i], i));
            angle += share * 360;
        }

        return slices;
    }

    /// <summary>
    /// The SVG path of a donut slice. Drawn as two arcs through the slice's middle, so a single slice of
    /// 360° (one part is the whole) still draws a ring instead of nothing.
    /// </summary>
    public static string Path(PieSlice slice, double cx, double cy, double outer, double inner)
    {
        var mid = (slice.StartAngle + slice.EndAngle) / 2;
        var large = slice.Sweep / 2 > 180 ? 1 : 0;
        string P(double angle, double r)
        {
            var radians = angle * Math.PI / 180;
            return F(cx + r * Math.Sin(radians)) + " " + F(cy - r * Math.Cos(radians));
        }

        var end = Math.Min(slice.EndAngle, slice.StartAngle + 359.999);
        return $"M{P(slice.StartAngle, outer)}A{F(outer)} {F(outer)} 0 {large} 1 {P(mid, outer)}A{F(outer)} {F(outer)} 0 {large} 1 {P(end, outer)}"
            + $"L{P(end, inner)}A{F(inner)} {F(inner)} 0 {large} 0 {P(mid, inner)}A{F(inner)} {F(inner)} 0 {large} 0 {P(slice.StartAngle, inner)}Z";
    }

    internal static string F(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
