using Portal.Build.Render;

namespace Portal.Build.Charts;

/// <summary>
/// Trend lines over years: a zero-based value axis, a marker at every point, a legend below. Lines that coincide
/// (收支总计 and 本年支出合计 are often equal) stay visible: each series is drawn narrower than the one before it, on
/// top of it, with smaller markers and its own dash, so two equal lines show as a wide band with a thin line inside.
/// </summary>
public static class LineChart
{
    public const double Width = 640;
    private const double Top = 20;
    private const double PlotHeight = 200;
    private const double LegendRow = 24;

    /// <summary>A dash pattern per series, so lines that coincide or look alike in grey still tell apart.</summary>
    private static readonly string[] Dashes = ["", "8 4", "2 3", "12 3 3 3"];

    private static readonly double[] Strokes = [7, 4, 2.5, 2];

    private static readonly double[] Markers = [7, 5, 3.5, 3];

    public static string Svg(string id, string title, string description, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, ChartLayout? layout = null)
    {
        layout ??= ChartLayout.WideLine;
        var width = layout.Width;
        var left = layout.IsNarrow ? 52 : 70;
        const double right = 16;
        var max = LineGeometry.NiceMax(series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0m).Max());
        var baseline = Top + PlotHeight;
        var height = baseline + 34 + series.Count * LegendRow + 10;
        var canvas = new SvgCanvas(id + layout.IdSuffix, width, height, title, description, layout);
        foreach (var tick in new[] { 0m, max / 2, max })
        {
            var y = baseline - (double)(tick / max) * PlotHeight;
            canvas.Line(left, y, width - right, y, "grid");
            canvas.Text(left - 6, y, [AmountFormat.Plain(tick)], "end", "tick");
        }

        // Points run from a marker's width inside the axis to the right edge: the whole width carries the years.
        var plotLeft = left + 24;
        var plotWidth = width - right - 24 - plotLeft;
        var points = LineGeometry.Points(series, xLabels.Count, plotLeft, plotWidth, baseline, PlotHeight, max);
        var step = xLabels.Count <= 1 ? 0 : plotWidth / (xLabels.Count - 1);
        for (var i = 0; i < xLabels.Count; i++)
        {
            var x = xLabels.Count <= 1 ? plotLeft + plotWidth / 2 : plotLeft + i * step;
            canvas.Text(x, baseline + 16, [xLabels[i]], "middle", "tick");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = ChartPalette.At(s);
            var line = points[s];
            var stroke = Strokes[Math.Min(s, Strokes.Length - 1)];
            var dash = Dashes[s % Dashes.Length];
            canvas.Group(series[s].Key, s);
            if (line.Count > 1)
            {
                canvas.Raw($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{SvgCanvas.F(stroke)}\" stroke-linejoin=\"round\" stroke-dasharray=\"{dash}\" points=\"{string.Join(' ', line.Select(p => SvgCanvas.F(p.X) + "," + SvgCanvas.F(p.Y)))}\"/>");
            }

            foreach (var p in line)
            {
                canvas.Raw($"<circle cx=\"{SvgCanvas.F(p.X)}\" cy=\"{SvgCanvas.F(p.Y)}\" r=\"{SvgCanvas.F(Markers[Math.Min(s, Markers.Length - 1)])}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1\"><title>{SvgCanvas.Esc($"{series[s].Name}：{AmountFormat.Amount(p.Value)}")}</title></circle>");
            }

            var legendY = baseline + 40 + s * LegendRow;
            canvas.Raw($"<line x1=\"{SvgCanvas.F(left)}\" y1=\"{SvgCanvas.F(legendY)}\" x2=\"{SvgCanvas.F(left + 32)}\" y2=\"{SvgCanvas.F(legendY)}\" stroke=\"{colour}\" stroke-width=\"{SvgCanvas.F(stroke)}\" stroke-dasharray=\"{dash}\"/>");
            canvas.Text(left + 40, legendY, ChartLabel.Fit(series[s].Name, ChartLayout.Characters(width - left - 40 - right), 1), "start", "label", series[s].Name);
            canvas.EndGroup();
        }

        return canvas.Close();
    }
}
