using System.Globalization;
using Portal.Build.Render;

namespace Portal.Build.Charts;

/// <summary>
/// A donut with its legend beside it (wide) or below it (narrow, for phones): swatch, label (wrapped or cut, full name as tooltip), value and share. Parts of 0 (a
/// 上级补助收入 of 0.00) have no slice and no legend row: four "0.00（0.0%）" rows said nothing; the data table lists them.
/// </summary>
public static class PieChart
{
    public const double Width = 640;
    private const double Radius = 105;
    private const double Inner = 56;
    private const double LegendRow = 40;
    private const double ValueWidth = 128;

    public static string Svg(string id, string title, string description, IReadOnlyList<ChartDatum> data, ChartLayout? layout = null)
    {
        layout ??= ChartLayout.Wide;
        var slices = PieGeometry.Slices(data);
        var shown = data.Select((d, i) => (Datum: d, Colour: i)).Where(p => p.Datum.Value > 0m).ToArray();
        var below = layout.IsNarrow;
        var donut = 2 * Radius + 20;
        var height = below ? donut + 10 + shown.Length * LegendRow + 10 : Math.Max(donut, shown.Length * LegendRow + 20);
        var legendTop = below ? donut + 10 : (height - shown.Length * LegendRow) / 2;
        var left = below ? 10 : 2 * Radius + 50;
        var canvas = new SvgCanvas(id + layout.IdSuffix, layout.Width, height, title, description, layout);
        var (cx, cy) = below ? (layout.Width / 2, Radius + 10) : (Radius + 10, height / 2);
        foreach (var slice in slices)
        {
            canvas.Raw($"<path d=\"{PieGeometry.Path(slice, cx, cy, Radius, Inner)}\" fill=\"{ChartPalette.At(slice.ColourIndex)}\" stroke=\"#fff\" stroke-width=\"1\"><title>{SvgCanvas.Esc($"{slice.Datum.Label}：{AmountFormat.Amount(slice.Datum.Value)}（{Share(slice.Share)}）")}</title></path>");
        }

        var total = data.Where(d => d.Value > 0m).Sum(d => d.Value);
        for (var i = 0; i < shown.Length; i++)
        {
            var (datum, colour) = shown[i];
            var middle = legendTop + i * LegendRow + LegendRow / 2;
            canvas.Rect(left, middle - 7, 14, 14, ChartPalette.At(colour));
            var lines = ChartLabel.Fit(datum.Label, ChartLayout.Characters(layout.Width - left - 22 - ValueWidth - 10), 2);
            canvas.Text(left + 22, middle, lines, "start", "label", datum.Label);
            var share = total == 0m ? 0 : (double)(datum.Value / total);
            canvas.Text(layout.Width - 10, middle, [$"{AmountFormat.Amount(datum.Value)}（{Share(share)}）"], "end", "value");
        }

        return canvas.Close();
    }

    public static string Share(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
