using Portal.Build.Render;

namespace Portal.Build.Charts;

/// <summary>Horizontal bars, one row per datum, labels wrapped on the left and values at the bar's end.</summary>
public static class BarChart
{
    public const double Width = 640;
    public const double RowHeight = 40;
    private const double BarHeight = 22;
    private const double Margin = 10;

    public static string Svg(string id, string title, string description, IReadOnlyList<ChartDatum> data, int colourOffset = 0, ChartLayout? layout = null)
    {
        layout ??= ChartLayout.Wide;
        // The label column takes about a quarter of a wide chart and a third of a narrow one; values need 7–9 digits.
        var labelWidth = layout.IsNarrow ? 112 : 170;
        var valueWidth = layout.IsNarrow ? 72 : 90;
        var plot = layout.Width - labelWidth - valueWidth - 2 * Margin;
        var bars = BarGeometry.Layout(data, plot, RowHeight, Margin);
        var canvas = new SvgCanvas(id + layout.IdSuffix, layout.Width, bars.Count * RowHeight + 2 * Margin, title, description, layout);
        var x0 = Margin + labelWidth;
        foreach (var (bar, i) in bars.Select((b, i) => (b, i)))
        {
            var middle = bar.Top + RowHeight / 2;
            var lines = ChartLabel.Fit(bar.Datum.Label, ChartLayout.Characters(labelWidth - 10), 2);
            canvas.Group(bar.Datum.Series, i);
            canvas.Text(x0 - 8, middle, lines, "end", "label", bar.Datum.Label);
            canvas.Rect(x0, middle - BarHeight / 2, Math.Max(bar.Length, 0.5), BarHeight, ChartPalette.At(bar.Datum.Colour ?? colourOffset + i), $"{bar.Datum.Label}：{AmountFormat.Amount(bar.Datum.Value)}");
            canvas.Text(x0 + bar.Length + 6, middle, [AmountFormat.Amount(bar.Datum.Value)], "start", "value");
            canvas.EndGroup();
        }

        canvas.Line(x0, Margin, x0, Margin + bars.Count * RowHeight, "axis");
        return canvas.Close();
    }
}
