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
                var data = FigureLabels.FromData(report, label);
                var basis = data is null ? "按本报告首次所述" : report.Tables.Any ? "按部门决算表" : "按本报告所列主要数字";
                yield return context.Compare(Id, paragraph.Path, value, data ?? FigureLabels.Resolve(report, label),
                    $"{paragraph.Section}所述“{label}”", basis, at: paragraph.Location);
            }
        }
    }
}
