using Portal.Core.Model;
using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

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

    // Where each figure is printed, by key: one reader per figure, so a single figure is read without reading them all.
    private static readonly (string Key, Func<ReportTables, (Cell Cell, TableInfo? Table)> Read)[] Sources =
    [
        ("grand_total", t => (LineCell(t.Summary?.Income, "总计"), t.Summary?.Info)),
        (ExpenditureGrandTotal, t => (LineCell(t.Summary?.Expenditure, "总计"), t.Summary?.Info)),
        ("income_total", t => (LineCell(t.Summary?.Income, "本年收入合计"), t.Summary?.Info)),
        ("expenditure_total", t => (LineCell(t.Summary?.Expenditure, "本年支出合计"), t.Summary?.Info)),
        ("basic_expenditure", t => (TotalCell(t.Expenditure, "basic"), t.Expenditure?.Info)),
        ("project_expenditure", t => (TotalCell(t.Expenditure, "project"), t.Expenditure?.Info)),
        ("fiscal_grand_total", t => (LineCell(t.FiscalSummary?.Income, "总计"), t.FiscalSummary?.Info)),
        ("general_budget_expenditure", t => (TotalCell(t.GeneralBudget, "total"), t.GeneralBudget?.Info)),
        (GeneralBudgetBasic, t => (TotalCell(t.GeneralBudget, "basic"), t.GeneralBudget?.Info)),
        ("personnel_costs", t => (new Cell(t.BasicEconomic is not null, t.BasicEconomic?.PersonnelTotal), t.BasicEconomic?.Info)),
        ("public_costs", t => (new Cell(t.BasicEconomic is not null, t.BasicEconomic?.PublicTotal), t.BasicEconomic?.Info)),
        ("gov_fund_expenditure", t => (TotalCell(t.GovFund, "expenditure_total"), t.GovFund?.Info)),
        // 湖南's 国有资本经营 table is a 支出 table (合计); 上海's a 收入支出 table (本年支出合计).
        ("state_capital_expenditure", t => (t.StateCapital?.Info.Form.HasColumn("total") == true ? TotalCell(t.StateCapital, "total") : TotalCell(t.StateCapital, "expenditure_total"), t.StateCapital?.Info)),
        .. SangongFigures.Items.Select(item => ($"sangong_{item.Key}", (Func<ReportTables, (Cell, TableInfo?)>)(t => (SangongCell(t.Sangong, item.Key), t.Sangong?.Info)))),
        // The 预算数 side of the 三公 table (tables only: what a 基础数据表's “2023年预算数” column is compared with).
        .. SangongFigures.Items.Select(item => ($"{SangongBudgetPrefix}{item.Key}", (Func<ReportTables, (Cell, TableInfo?)>)(t => (SangongBudgetCell(t.Sangong, item.Key), t.Sangong?.Info)))),
    ];

    /// <summary>The 三公 table's 预算数 cells: <c>sangong_budget_total</c>, <c>sangong_budget_reception</c>… (tables only).</summary>
    public const string SangongBudgetPrefix = "sangong_budget_";

    /// <summary>Every figure the report's tables print, by key (the <see cref="StatedFigureKey"/> keys, the two above and the 三公 预算数 keys).</summary>
    public static IReadOnlyDictionary<string, TableFigure> FromTables(Report report)
    {
        var figures = new Dictionary<string, TableFigure>(StringComparer.Ordinal);
        foreach (var (key, read) in Sources)
        {
            if (Figure(read(report.Tables)) is { } figure)
            {
                figures[key] = figure;
            }
        }

        return figures;
    }

    /// <summary>The one figure with <paramref name="key"/> where the report's tables print it, else null.</summary>
    public static TableFigure? FromTable(Report report, string key)
    {
        foreach (var (known, read) in Sources)
        {
            if (known == key)
            {
                return Figure(read(report.Tables));
            }
        }

        return null;
    }

    /// <summary>The figure with <paramref name="key"/>: the tables' where printed, else the text's statement, else null.</summary>
    public static ResolvedFigure? Resolve(Report report, string key) =>
        FromTable(report, key) is { } table ? new ResolvedFigure(table.Value, table.Table)
        : report.StatedFigures.Get(key) is { } stated ? new ResolvedFigure(stated, null)
        : null;

    // Under a template whose blank cell means nothing spent (上海), a printed blank is that zero; elsewhere a blank is a
    // figure not published. A line or row the table does not print is never a figure.
    private static TableFigure? Figure((Cell Cell, TableInfo? Table) read) =>
        read.Table is { } info && read.Cell.Printed && (read.Cell.Value ?? (info.Blank == BlankCell.Nothing ? 0m : null)) is { } value
            ? new TableFigure(value, info)
            : null;

    private static Cell SangongCell(SangongTable? table, string key) =>
        table is { Actual: { } actual } && table.Info.Form.HasColumn("actual.total") ? new Cell(true, actual.Value(key)) : default;

    private static Cell SangongBudgetCell(SangongTable? table, string key) =>
        table is { Budget: { } budget } && table.Info.Form.HasColumn("budget.total") ? new Cell(true, budget.Value(key)) : default;

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

    private static Cell LineCell(IReadOnlyList<LineRow>? rows, string label) =>
        rows?.FirstOrDefault(r => r.Label == label) is { } row ? new Cell(true, row.Amounts[0]) : default;

    private static Cell TotalCell(CodedTable? table, string key) =>
        TotalRow(table) is { } row && table!.Info.Form.HasColumn(key) ? new Cell(true, table.Amount(row, key)) : default;

    /// <summary>The 合计 row of a coded table: the first row without a code.</summary>
    public static CodedRow? TotalRow(CodedTable? table) => table?.Rows.FirstOrDefault(r => r.Code is null);

    /// <summary>The 合计 row's amount in the column with <paramref name="key"/>.</summary>
    public static decimal? TotalOf(CodedTable? table, string key) => TotalRow(table) is { } row ? table!.Amount(row, key) : null;
}

/// <summary>A cell the table prints (<see cref="Printed"/>), blank or not, or none where the table has no such cell.</summary>
internal readonly record struct Cell(bool Printed, decimal? Value);

/// <summary>A figure a template table prints, with the table it is printed in.</summary>
public sealed record TableFigure(decimal Value, TableInfo Table);

/// <summary>A resolved figure: from <see cref="Table"/> when a table prints it, else (null) from the report's text.</summary>
public sealed record ResolvedFigure(decimal Value, TableInfo? Table);
