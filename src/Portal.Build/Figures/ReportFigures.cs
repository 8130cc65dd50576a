using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Figures;

/// <summary>
/// The one place a report's figures are resolved by role: from its template tables where a table prints the figure,
/// otherwise from the figures its text states — never computed from other figures. The headline, compare metrics,
/// charts and the checker's prose rules all read a figure from here.
/// </summary>
public static class ReportFigures
{
    /// <summary>收支总计 on the expenditure side of the 收入支出决算总表 (tables only; the text states one 收支总计).</summary>
    public const string ExpenditureGrandTotal = "expenditure_grand_total";

    /// <summary>基本支出 of the 一般公共预算财政拨款支出决算表's 合计 row (tables only).</summary>
    public const string GeneralBudgetBasic = "general_budget_basic";

    /// <summary>Every figure the report's tables print, by key (the <see cref="StatedFigureKey"/> keys and the two above).</summary>
    public static IReadOnlyDictionary<string, TableFigure> FromTables(Report report)
    {
        var t = report.Tables;
        var figures = new Dictionary<string, TableFigure>(StringComparer.Ordinal);
        void Add(string key, decimal? value, TableInfo? info)
        {
            if (value is { } v && info is not null)
            {
                figures[key] = new TableFigure(v, info);
            }
        }

        Add("grand_total", Line(t.Summary?.Income, "总计"), t.Summary?.Info);
        Add(ExpenditureGrandTotal, Line(t.Summary?.Expenditure, "总计"), t.Summary?.Info);
        Add("income_total", Line(t.Summary?.Income, "本年收入合计"), t.Summary?.Info);
        Add("expenditure_total", Line(t.Summary?.Expenditure, "本年支出合计"), t.Summary?.Info);
        Add("basic_expenditure", TotalOf(t.Expenditure, "basic"), t.Expenditure?.Info);
        Add("project_expenditure", TotalOf(t.Expenditure, "project"), t.Expenditure?.Info);
        Add("fiscal_grand_total", Line(t.FiscalSummary?.Income, "总计"), t.FiscalSummary?.Info);
        Add("general_budget_expenditure", TotalOf(t.GeneralBudget, "total"), t.GeneralBudget?.Info);
        Add(GeneralBudgetBasic, TotalOf(t.GeneralBudget, "basic"), t.GeneralBudget?.Info);
        Add("personnel_costs", t.BasicEconomic?.PersonnelTotal, t.BasicEconomic?.Info);
        Add("public_costs", t.BasicEconomic?.PublicTotal, t.BasicEconomic?.Info);
        Add("gov_fund_expenditure", TotalOf(t.GovFund, "expenditure_total"), t.GovFund?.Info);
        // 湖南's 国有资本经营 table is a 支出 table (合计); 上海's a 收入支出 table (本年支出合计).
        Add("state_capital_expenditure", TotalOf(t.StateCapital, "total") ?? TotalOf(t.StateCapital, "expenditure_total"), t.StateCapital?.Info);
        var sangong = t.Sangong?.Actual;
        Add("sangong_total", sangong?.Total, t.Sangong?.Info);
        Add("sangong_overseas", sangong?.Overseas, t.Sangong?.Info);
        Add("sangong_vehicles", sangong?.Vehicles, t.Sangong?.Info);
        Add("sangong_vehicle_purchase", sangong?.VehiclePurchase, t.Sangong?.Info);
        Add("sangong_vehicle_operation", sangong?.VehicleOperation, t.Sangong?.Info);
        Add("sangong_reception", sangong?.Reception, t.Sangong?.Info);
        return figures;
    }

    /// <summary>The figure with <paramref name="key"/>: the tables' where printed, else the text's statement, else null.</summary>
    public static ResolvedFigure? Resolve(Report report, string key) =>
        FromTables(report).TryGetValue(key, out var table) ? new ResolvedFigure(table.Value, table.Table)
        : report.StatedFigures.Get(key) is { } stated ? new ResolvedFigure(stated, null)
        : null;

    /// <summary>Every figure of the report, tables first, then the text's statements of what no table prints.</summary>
    public static IReadOnlyDictionary<string, ResolvedFigure> All(Report report)
    {
        var all = FromTables(report).ToDictionary(p => p.Key, p => new ResolvedFigure(p.Value.Value, p.Value.Table), StringComparer.Ordinal);
        foreach (var (key, value) in report.StatedFigures.Values)
        {
            all.TryAdd(key, new ResolvedFigure(value, null));
        }

        return all;
    }

    /// <summary>The amount of a two-sided table's line whose label (without numbering and spaces) is <paramref name="label"/>.</summary>
    public static decimal? Line(IReadOnlyList<LineRow>? rows, string label) =>
        rows?.FirstOrDefault(r => r.Label == label)?.Amounts[0];

    /// <summary>The 合计 row of a coded table: the first row without a code.</summary>
    public static CodedRow? TotalRow(CodedTable? table) => table?.Rows.FirstOrDefault(r => r.Code is null);

    /// <summary>The 合计 row's amount in the column with <paramref name="key"/>.</summary>
    public static decimal? TotalOf(CodedTable? table, string key) => TotalRow(table) is { } row ? table!.Amount(row, key) : null;
}

/// <summary>A figure a template table prints, with the table it is printed in.</summary>
public sealed record TableFigure(decimal Value, TableInfo Table);

/// <summary>A resolved figure: from <see cref="Table"/> when a table prints it, else (null) from the report's text.</summary>
public sealed record ResolvedFigure(decimal Value, TableInfo? Table);
