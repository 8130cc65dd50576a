using Portal.Build.Render;

namespace Portal.Build.Charts;

/// <summary>Trend lines over years: a zero-based value axis, a marker and a value label at every point, a legend below.</summary>
public static class LineChart
{
    public const double Width = 640;
    private const double Left = 70;
    private const double Right = 40;
    private const double Top = 20;
    private const double PlotHeight = 200;
    private const double LegendRow = 22;

    /// <summary>A dash pattern per series, so lines that coincide (收支总计 ≈ 本年支出) or look alike in grey still tell apart.</summary>
    private static readonly string[] Dashes = ["", "8 4", "2 3", "12 3 3 3"];

    public static string Svg(string id, string title, string description, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series)
    {
        var max = LineGeometry.NiceMax(series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0m).Max());
        var baseline = Top + PlotHeight;
        var height = baseline + 30 + series.Count * LegendRow + 10;
        var canvas = new SvgCanvas(id, Width, height, title, description);
        foreach (var tick in new[] { 0m, max / 2, max })
        {
            var y = baseline - (double)(tick / max) * PlotHeight;
            canvas.Line(Left, y, Width - Right, y, "grid");
            canvas.Text(Left - 6, y, [AmountFormat.Plain(tick)], "end", "tick");
        }

        var points = LineGeometry.Points(series, xLabels.Count, Left + 30, Width - Left - Right - 60, baseline, PlotHeight, max);
        var step = xLabels.Count <= 1 ? 0 : (Width - Left - Right - 60) / (xLabels.Count - 1);
        for (var i = 0; i < xLabels.Count; i++)
        {
            var x = xLabels.Count <= 1 ? Left + 30 + (Width - Left - Right - 60) / 2 : Left + 30 + i * step;
            canvas.Text(x, baseline + 16, [xLabels[i]], "middle", "tick");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = ChartPalette.At(s);
            var line = points[s];
            if (line.Count > 1)
            {
                canvas.Raw($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" stroke-dasharray=\"{Dashes[s % Dashes.Length]}\" points=\"{string.Join(' ', line.Select(p => SvgCanvas.F(p.X) + "," + SvgCanvas.F(p.Y)))}\"/>");
            }

            foreach (var p in line)
            {
                canvas.Raw($"<circle cx=\"{SvgCanvas.F(p.X)}\" cy=\"{SvgCanvas.F(p.Y)}\" r=\"4\" fill=\"{colour}\"><title>{SvgCanvas.Esc($"{series[s].Name}：{AmountFormat.Amount(p.Value)}")}</title></circle>");
            }

            var legendY = baseline + 36 + s * LegendRow;
            canvas.Raw($"<line x1=\"{SvgCanvas.F(Left)}\" y1=\"{SvgCanvas.F(legendY)}\" x2=\"{SvgCanvas.F(Left + 28)}\" y2=\"{SvgCanvas.F(legendY)}\" stroke=\"{colour}\" stroke-width=\"2.5\" stroke-dasharray=\"{Dashes[s % Dashes.Length]}\"/>");
            canvas.Text(Left + 36, legendY, ChartLabel.Fit(series[s].Name, 30, 1), "start", "label", series[s].Name);
        }

        return canvas.Close();
    }
}
