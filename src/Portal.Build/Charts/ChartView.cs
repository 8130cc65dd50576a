namespace Portal.Build.Charts;

/// <summary>
/// A chart as a page shows it: its number and caption (图1 收、支决算总计变动情况), the inline SVG, and its
/// data (for the table beside it). <see cref="Series"/> is set for trend charts, <see cref="Data"/> otherwise.
/// </summary>
public sealed record ChartView(string Id, string Number, string Caption, string Kind, string Svg, string Unit)
{
    public const string BarKind = "bar";
    public const string PieKind = "pie";
    public const string LineKind = "line";

    /// <summary>The chart drawn for a phone's width (<see cref="ChartLayout.Narrow"/>); <see cref="Svg"/> is the wide one.</summary>
    public string NarrowSvg { get; init; } = string.Empty;

    public IReadOnlyList<ChartDatum> Data { get; init; } = [];

    public IReadOnlyList<string> XLabels { get; init; } = [];

    public IReadOnlyList<LineSeries> Series { get; init; } = [];

    public string Title => Number.Length == 0 ? Caption : $"{Number} {Caption}";

    public static ChartView Bar(string id, string number, string caption, IReadOnlyList<ChartDatum> data, string unit = "万元") =>
        new(id, number, caption, BarKind, BarChart.Svg(id, Join(number, caption), Describe(data, unit), data), unit)
        {
            Data = data,
            NarrowSvg = BarChart.Svg(id, Join(number, caption), Describe(data, unit), data, layout: ChartLayout.Narrow),
        };

    public static ChartView Pie(string id, string number, string caption, IReadOnlyList<ChartDatum> data, string unit = "万元") =>
        new(id, number, caption, PieKind, PieChart.Svg(id, Join(number, caption), Describe(data, unit), data), unit)
        {
            Data = data,
            NarrowSvg = PieChart.Svg(id, Join(number, caption), Describe(data, unit), data, ChartLayout.Narrow),
        };

    public static ChartView Line(string id, string number, string caption, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, string unit = "万元")
    {
        var description = string.Join("；", series.Select(s => s.Name + "：" + string.Join("，",
            xLabels.Zip(s.Values).Where(p => p.Second is not null).Select(p => $"{p.First} {Render.AmountFormat.Amount(p.Second)}{unit}"))));
        return new(id, number, caption, LineKind, LineChart.Svg(id, Join(number, caption), description, xLabels, series), unit)
        {
            XLabels = xLabels,
            Series = series,
            NarrowSvg = LineChart.Svg(id, Join(number, caption), description, xLabels, series, ChartLayout.Narrow),
        };
    }

    private static string Join(string number, string caption) => number.Length == 0 ? caption : $"{number} {caption}";

    private static string Describe(IReadOnlyList<ChartDatum> data, string unit) =>
        string.Join("；", data.Select(d => $"{d.Label} {Render.AmountFormat.Amount(d.Value)}{unit}"));
}
