using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A headline figure the narrative names for its own year (“财政拨款基本支出3,618.79万元”, “收、支总计…”) agrees with
/// the report's tables, or, without tables, with the figure the report states elsewhere.
/// </summary>
public sealed class ProseFigureRule : ICheckRule
{
    public string Id => "prose.figure";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        foreach (var paragraph in Paragraphs.Of(report))
        {
            foreach (var (label, value, _) in FigureLabels.Find(paragraph.Text, report.Year))
            {
                var finding = context.Compare(Id, paragraph.Path, value, FigureLabels.FromData(report, label),
                    $"{paragraph.Section}所述“{label}”", report.Tables.Any ? "按部门决算表" : "按报告其他部分所述",
                    at: paragraph.Location);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }
}
