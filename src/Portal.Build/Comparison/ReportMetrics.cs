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
        var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        var t = report.Tables;

        void FromTable(string key, decimal? value, TableInfo? info)
        {
            if (value is { } v && info is not null)
            {
                values[key] = new MetricValue(v, info.Code);
            }
        }

        FromTable("grand_total", HeadlineCalculator.FindLine(t.T01?.Income, "总计"), t.T01?.Info);
        FromTable("income_total", HeadlineCalculator.FindLine(t.T01?.Income, "本年收入合计"), t.T01?.Info);
        FromTable("expenditure_total", HeadlineCalculator.FindLine(t.T01?.Expenditure, "本年支出合计"), t.T01?.Info);
        var t03Total = TotalRow(t.T03);
        FromTable("basic_expenditure", t03Total?.Amounts.ElementAtOrDefault(1), t.T03?.Info);
        FromTable("project_expenditure", t03Total?.Amounts.ElementAtOrDefault(2), t.T03?.Info);
        FromTable("fiscal_grand_total", HeadlineCalculator.FindLine(t.T04?.Income, "总计"), t.T04?.Info);
        FromTable("general_budget_expenditure", TotalRow(t.T05)?.Amounts.ElementAtOrDefault(0), t.T05?.Info);
        FromTable("personnel_costs", t.T06?.PersonnelTotal, t.T06?.Info);
        FromTable("public_costs", t.T06?.PublicTotal, t.T06?.Info);
        FromTable("gov_fund_expenditure", TotalRow(t.T07)?.Amounts.ElementAtOrDefault(2), t.T07?.Info);
        FromTable("state_capital_expenditure", TotalRow(t.T08)?.Amounts.ElementAtOrDefault(0), t.T08?.Info);
        var sangong = t.T09?.Actual;
        FromTable("sangong_total", sangong?.Total, t.T09?.Info);
        FromTable("sangong_overseas", sangong?.Overseas, t.T09?.Info);
        FromTable("sangong_vehicles", sangong?.Vehicles, t.T09?.Info);
        FromTable("sangong_vehicle_purchase", sangong?.VehiclePurchase, t.T09?.Info);
        FromTable("sangong_vehicle_operation", sangong?.VehicleOperation, t.T09?.Info);
        FromTable("sangong_reception", sangong?.Reception, t.T09?.Info);

        foreach (var (key, value) in report.StatedFigures.Values)
        {
            values.TryAdd(key, new MetricValue(value, HeadlineCalculator.StatedOrigin));
        }

        // 功能分类 类: the 类 rows of 公开03 支出决算表 (本年支出合计).
        foreach (var row in t.T03?.Rows.Where(r => r.Depth == 1) ?? [])
        {
            FromTable(Metric.FunctionPrefix + row.Code, row.Amounts.ElementAtOrDefault(0), t.T03!.Info);
        }

        return values;
    }

    /// <summary>The 功能分类 类 metrics a report has, with the names its 公开03表 prints.</summary>
    public static IEnumerable<Metric> FunctionClasses(Report report) =>
        report.Tables.T03?.Rows.Where(r => r.Depth == 1).Select(r => Metric.FunctionClass(r.Code!, r.Name)) ?? [];

    /// <summary>The 合计 row of a coded table: the first row without a code.</summary>
    public static CodedRow? TotalRow(CodedTable? table) => table?.Rows.FirstOrDefault(r => r.Code is null);
}
