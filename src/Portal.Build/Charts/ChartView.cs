namespace Portal.Build.Charts;

/// <summary>
/// A chart as a page shows it: its number and caption (图1 收、支决算总计变动情况), the inline SVG, and its
/// data (for the table beside it). <see cref="Series"/> is set for trend charts, <see cref="Data"/> otherwise.
/// The SVGs are drawn when a page reads them (once, as it renders), not held from the model stage: a site's
/// classification and compare charts draw a line or a bar for every department, and every page's model lives until
/// the build ends.
/// </summary>
public sealed record ChartView(string Id, string Number, string Caption, string Kind, string Unit)
{
    public const string BarKind = "bar";
    public const string PieKind = "pie";
    public const string LineKind = "line";

    /// <summary>Draws the chart for a layout: null for the wide one (<see cref="Svg"/>), <see cref="ChartLayout.Narrow"/> for <see cref="NarrowSvg"/>.</summary>
    private Func<ChartLayout?, string> Draw { get; init; } = _ => string.Empty;

    /// <summary>The chart drawn at the page's full width.</summary>
    public string Svg => Draw(null);

    /// <summary>The chart drawn for a phone's width (<see cref="ChartLayout.Narrow"/>); <see cref="Svg"/> is the wide one.</summary>
    public string NarrowSvg => Draw(ChartLayout.Narrow);

    public IReadOnlyList<ChartDatum> Data { get; init; } = [];

    public IReadOnlyList<string> XLabels { get; init; } = [];

    public IReadOnlyList<LineSeries> Series { get; init; } = [];

    public string Title => Number.Length == 0 ? Caption : $"{Number} {Caption}";

    public static ChartView Bar(string id, string number, string caption, IReadOnlyList<ChartDatum> data, string unit = "万元") =>
        new(id, number, caption, BarKind, unit)
        {
            Data = data,
            Draw = layout => BarChart.Svg(id, Join(number, caption), Describe(data, unit), data, layout: layout),
        };

    public static ChartView Pie(string id, string number, string caption, IReadOnlyList<ChartDatum> data, string unit = "万元") =>
        new(id, number, caption, PieKind, unit)
        {
            Data = data,
            Draw = layout => PieChart.Svg(id, Join(number, caption), Describe(data, unit), data, layout),
        };

    public static ChartView Line(string id, string number, string caption, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, string unit = "万元") =>
        new(id, number, caption, LineKind, unit)
        {
            XLabels = xLabels,
            Series = series,
            Draw = layout => LineChart.Svg(id, Join(number, caption), Describe(xLabels, series, unit), xLabels, series, layout),
        };

    private static string Join(string number, string caption) => number.Length == 0 ? caption : $"{number} {caption}";

    private static string Describe(IReadOnlyList<ChartDatum> data, string unit) =>
        string.Join("；", data.Select(d => $"{d.Label} {Render.AmountFormat.Amount(d.Value)}{unit}"));

    private static string Describe(IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, string unit) =>
        string.Join("；", series.Select(s => s.Name + "：" + string.Join("，",
            xLabels.Zip(s.Values).Where(p => p.Second is not null).Select(p => $"{p.First} {Render.AmountFormat.Amount(p.Second)}{unit}"))));
}
