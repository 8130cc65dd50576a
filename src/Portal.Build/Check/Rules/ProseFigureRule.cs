using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A headline figure the narrative names for its own year (“财政拨款基本支出3,618.79万元”, “收、支总计…”) agrees with
/// the report's tables, or, without tables, with its stated figures or the first time its narrative states it.
/// </summary>
public sealed class ProseFigureRule : ICheckRule
{
    public string Id => "prose.figure";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        foreach (var paragraph in Paragraphs.Of(report))
        {
            foreach (var (label, value, _) in FigureLabels.Find(paragraph.Text, report.Year))
            {
                var (reference, basis) = FigureLabels.FromTable(report, label) is { } table ? (table, "按部门决算表")
                    : FigureLabels.FromStated(report, label) is { } stated ? (stated, "按本报告所列主要数字")
                    : (FigureLabels.FirstStatement(report, label), "按本报告首次所述");
                var finding = context.Compare(Id, paragraph.Path, value, reference, $"{paragraph.Section}所述“{label}”", basis, at: () => paragraph.Location);
                yield return finding is not null && OtherScale(value, reference!.Value) ? Rescoped(finding) : finding;
            }
        }
    }

    /// <summary>
    /// Ten times larger or smaller is more likely another scope (全市 rather than the department) than a misprint,
    /// so calling it wrong needs an assumption: a warning, not an error.
    /// </summary>
    private static bool OtherScale(decimal stated, decimal reference) =>
        stated != 0 && reference != 0 && (Math.Abs(stated / reference) >= 10 || Math.Abs(stated / reference) <= 0.1m);

    private static Finding Rescoped(Finding finding) => finding with
    {
        Severity = FindingSeverity.Warning,
        Message = finding.Message.TrimEnd('。') + "；两者相差一个数量级以上，可能是另一口径（如全市）的数字。",
    };
}
