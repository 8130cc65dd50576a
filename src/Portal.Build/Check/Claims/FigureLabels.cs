using Portal.Build.Check.Prose;
using Portal.Build.Figures;
using Portal.Core.Model;

namespace Portal.Build.Check.Claims;

/// <summary>
/// The headline figures the narrative names (“收、支总计”, “财政拨款基本支出”, “人员经费”…), read by the claim reader
/// with the lexicon's words, and where a report holds each: its tables first, then its stated figures, then the
/// first time its own narrative states it.
/// </summary>
public static class FigureLabels
{
    /// <summary>The figure from the report's tables or stated figures (not its prose).</summary>
    public static decimal? FromData(Report report, string label) => FromTable(report, label) ?? FromStated(report, label);

    /// <summary>The figure from the report's template tables only.</summary>
    public static decimal? FromTable(Report report, string label) =>
        Lexicon.Shipped.FigureOf(label) is { } figure ? ReportFigures.FromTable(report, figure.Key)?.Value : null;

    /// <summary>The figure from the report's <c>stated_figures</c> only (never for a figure read from the tables only).</summary>
    public static decimal? FromStated(Report report, string label) =>
        Lexicon.Shipped.FigureOf(label) is { TablesOnly: false } figure ? report.StatedFigures.Get(figure.Key) : null;

    /// <summary>The figure from data, else the first “label X万元” the report's narrative states for its own year.</summary>
    public static decimal? Resolve(ReportProse report, string label) => FromData(report.Report, label) ?? FirstStatement(report, label);

    /// <summary>The first statement of the figure <paramref name="label"/> names in the report's narrative, for its own year's 决算.</summary>
    public static decimal? FirstStatement(ReportProse report, string label) =>
        Lexicon.Shipped.FigureOf(label) is { } figure
            ? report.Paragraphs.SelectMany(p => Find(p.Text, report.Report.Year)).Where(m => Lexicon.Shipped.FigureOf(m.Label)?.Key == figure.Key).Select(m => (decimal?)m.Value).FirstOrDefault()
            : null;

    /// <summary>The label's longest ending that names a lexicon figure (“本部门本年支出合计” → “本年支出合计”), or null.</summary>
    public static string? Known(string label) =>
        Enumerable.Range(0, label.Length).Select(i => label[i..]).FirstOrDefault(l => Lexicon.Shipped.FigureOf(l) is not null);

    /// <summary>
    /// Each headline figure a text states in 万元 (or 亿元) for <paramref name="year"/>'s 决算 (not “上年…”, not a
    /// budget, not another year's figure), with the label as printed.
    /// </summary>
    public static IEnumerable<(string Label, decimal Value, int Index)> Find(string text, int year) =>
        ClaimReader.Read(text, year)
            .Where(c => c.IsCurrentFinal && c.FigureKey is not null && c.Unit is "万元" or "亿元")
            .Select(c => (c.Label, c.Value, c.Index));
}
