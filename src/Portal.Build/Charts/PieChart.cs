using System.Globalization;
using Portal.Build.Render;

namespace Portal.Build.Charts;

/// <summary>A donut with a legend beside it: swatch, label (wrapped or cut, full name as tooltip), value and share.</summary>
public static class PieChart
{
    public const double Width = 640;
    private const double Radius = 110;
    private const double Inner = 58;
    private const double LegendX = 270;
    private const double LegendRow = 40;

    public static string Svg(string id, string title, string description, IReadOnlyList<ChartDatum> data)
    {
        var slices = PieGeometry.Slices(data);
        var height = Math.Max(2 * Radius + 20, data.Count * LegendRow + 20);
        var canvas = new SvgCanvas(id, Width, height, title, description);
        var (cx, cy) = (Radius + 10, height / 2);
        foreach (var slice in slices)
        {
            canvas.Raw($"<path d=\"{PieGeometry.Path(slice, cx, cy, Radius, Inner)}\" fill=\"{ChartPalette.At(slice.ColourIndex)}\" stroke=\"#fff\" stroke-width=\"1\"><title>{SvgCanvas.Esc($"{slice.Datum.Label}：{AmountFormat.Amount(slice.Datum.Value)}（{Share(slice.Share)}）")}</title></path>");
        }

        var total = data.Where(d => d.Value > 0m).Sum(d => d.Value);
        var top = (height - data.Count * LegendRow) / 2;
        for (var i = 0; i < data.Count; i++)
        {
            var middle = top + i * LegendRow + LegendRow / 2;
            canvas.Rect(LegendX, middle - 7, 14, 14, ChartPalette.At(i));
            var lines = ChartLabel.Fit(data[i].Label, 15, 2);
            canvas.Text(LegendX + 22, middle, lines, "start", "label", data[i].Label);
            var share = total == 0m || data[i].Value <= 0m ? 0 : (double)(data[i].Value / total);
            canvas.Text(Width - 10, middle, [$"{AmountFormat.Amount(data[i].Value)}（{Share(share)}）"], "end", "value");
        }

        return canvas.Close();
    }

    public static string Share(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
