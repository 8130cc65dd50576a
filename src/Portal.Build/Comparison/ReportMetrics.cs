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
                values[key] = new MetricValue(v, info.ShortName);
            }
        }

        FromTable("grand_total", HeadlineCalculator.FindLine(t.Summary?.Income, "总计"), t.Summary?.Info);
        FromTable("income_total", HeadlineCalculator.FindLine(t.Summary?.Income, "本年收入合计"), t.Summary?.Info);
        FromTable("expenditure_total", HeadlineCalculator.FindLine(t.Summary?.Expenditure, "本年支出合计"), t.Summary?.Info);
        FromTable("basic_expenditure", TotalOf(t.Expenditure, "basic"), t.Expenditure?.Info);
        FromTable("project_expenditure", TotalOf(t.Expenditure, "project"), t.Expenditure?.Info);
        FromTable("fiscal_grand_total", HeadlineCalculator.FindLine(t.FiscalSummary?.Income, "总计"), t.FiscalSummary?.Info);
        FromTable("general_budget_expenditure", TotalOf(t.GeneralBudget, "total"), t.GeneralBudget?.Info);
        FromTable("personnel_costs", t.BasicEconomic?.PersonnelTotal, t.BasicEconomic?.Info);
        FromTable("public_costs", t.BasicEconomic?.PublicTotal, t.BasicEconomic?.Info);
        FromTable("gov_fund_expenditure", TotalOf(t.GovFund, "expenditure_total"), t.GovFund?.Info);
        // 湖南's 国有资本经营 table is a 支出 table (合计); 上海's a 收入支出 table (本年支出合计).
        FromTable("state_capital_expenditure", TotalOf(t.StateCapital, "total") ?? TotalOf(t.StateCapital, "expenditure_total"), t.StateCapital?.Info);
        var sangong = t.Sangong?.Actual;
        FromTable("sangong_total", sangong?.Total, t.Sangong?.Info);
        FromTable("sangong_overseas", sangong?.Overseas, t.Sangong?.Info);
        FromTable("sangong_vehicles", sangong?.Vehicles, t.Sangong?.Info);
        FromTable("sangong_vehicle_purchase", sangong?.VehiclePurchase, t.Sangong?.Info);
        FromTable("sangong_vehicle_operation", sangong?.VehicleOperation, t.Sangong?.Info);
        FromTable("sangong_reception", sangong?.Reception, t.Sangong?.Info);

        foreach (var (key, value) in report.StatedFigures.Values)
        {
            values.TryAdd(key, new MetricValue(value, HeadlineCalculator.StatedOrigin));
        }

        // 功能分类 类: the 类 rows of the 支出决算表 (本年支出合计).
        foreach (var row in t.Expenditure?.Rows.Where(r => r.Depth == 1) ?? [])
        {
            FromTable(Metric.FunctionPrefix + row.Code, row.Amounts.ElementAtOrDefault(0), t.Expenditure!.Info);
        }

        return values;
    }

    /// <summary>The 功能分类 类 metrics a report has, with the names its 支出决算表 prints.</summary>
    public static IEnumerable<Metric> FunctionClasses(Report report) =>
        report.Tables.Expenditure?.Rows.Where(r => r.Depth == 1).Select(r => Metric.FunctionClass(r.Code!, r.Name)) ?? [];

    /// <summary>The 合计 row of a coded table: the first row without a code.</summary>
    public static CodedRow? TotalRow(CodedTable? table) => table?.Rows.FirstOrDefault(r => r.Code is null);

    /// <summary>The 合计 row's amount in the column with <paramref name="key"/>.</summary>
    public static decimal? TotalOf(CodedTable? table, string key) => TotalRow(table) is { } row ? table!.Amount(row, key) : null;
}
