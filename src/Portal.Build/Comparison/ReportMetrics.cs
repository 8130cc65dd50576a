using Portal.Build.Figures;
using Portal.Build.Modeling;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Comparison;

/// <summary>
/// The comparable figures of one report: from its published tables where they print the figure,
/// otherwise from the figures its text states. Never computed from other figures.
/// </summary>
public static class ReportMetrics
{
    public static IReadOnlyDictionary<string, MetricValue> For(Report report)
    {
        var values = ReportFigures.All(report)
            .Where(p => StatedFigureKey.Find(p.Key) is not null)
            .ToDictionary(p => p.Key, p => new MetricValue(p.Value.Value, p.Value.Table?.ShortName ?? HeadlineCalculator.StatedOrigin), StringComparer.Ordinal);

        // 功能分类 类: the 类 rows of the 支出决算表 (本年支出合计).
        if (report.Tables.Expenditure is { } expenditure)
        {
            foreach (var row in expenditure.Rows.Where(r => r.Depth == 1 && r.Amounts.Count > 0 && r.Amounts[0] is not null))
            {
                values[Metric.FunctionPrefix + row.Code] = new MetricValue(row.Amounts[0]!.Value, expenditure.Info.ShortName);
            }
        }

        return values;
    }

    /// <summary>The 功能分类 类 metrics a report has, with the names its 支出决算表 prints.</summary>
    public static IEnumerable<Metric> FunctionClasses(Report report) =>
        report.Tables.Expenditure?.Rows.Where(r => r.Depth == 1).Select(r => Metric.FunctionClass(r.Code!, r.Name)) ?? [];
}
