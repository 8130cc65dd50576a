using System.Text.RegularExpressions;
using Portal.Build.Check.Rules;
using Portal.Core.Model;

namespace Portal.Build.Check.Prose;

/// <summary>
/// The headline figures the narrative names (“收、支总计”, “财政拨款基本支出”, “人员经费”…) and where a report
/// holds each: its tables first, then its stated figures, then the first time its own narrative states it.
/// </summary>
public static partial class FigureLabels
{
    private static readonly (string Label, Func<Report, decimal?> Table, string? Stated)[] Known =
    [
        ("财政拨款收、支总计", r => Grand(r.Tables.FiscalSummary), "fiscal_grand_total"),
        ("财政拨款收支总计", r => Grand(r.Tables.FiscalSummary), "fiscal_grand_total"),
        ("收、支总计", r => Grand(r.Tables.Summary), "grand_total"),
        ("收支总计", r => Grand(r.Tables.Summary), "grand_total"),
        ("收入总计", r => Grand(r.Tables.Summary), "grand_total"),
        ("支出总计", r => GrandSpend(r.Tables.Summary), null),
        ("本年收入合计", r => Total(r.Tables.Summary, true), "income_total"),
        ("收入合计", r => Total(r.Tables.Summary, true), "income_total"),
        ("本年支出合计", r => Total(r.Tables.Summary, false), "expenditure_total"),
        ("支出合计", r => Total(r.Tables.Summary, false), "expenditure_total"),
        ("财政拨款基本支出", r => TotalRow(r.Tables.GeneralBudget, "basic"), null),
        ("一般公共预算财政拨款支出", r => TotalRow(r.Tables.GeneralBudget, "total"), "general_budget_expenditure"),
        ("人员经费", r => r.Tables.BasicEconomic?.PersonnelTotal, "personnel_costs"),
        ("公用经费", r => r.Tables.BasicEconomic?.PublicTotal, "public_costs"),
        ("机关运行经费", _ => null, "operating_costs"),
        ("政府采购支出总额", _ => null, "procurement_total"),
    ];

    /// <summary>The labels longest first, so “财政拨款收、支总计” is never read as “收、支总计”.</summary>
    public static IReadOnlyList<string> All { get; } = Known.Select(k => k.Label).OrderByDescending(l => l.Length).ToArray();

    private static readonly (string Label, Regex Pattern)[] Patterns = All
        .Select(l => (l, new Regex(Regex.Escape(l) + @"(?:支出)?(?:决算数?)?(?:为|是|共计)?\s*(" + Amounts.Number + @")\s*万元")))
        .ToArray();

    /// <summary>The figure from the report's tables or stated figures (not its prose).</summary>
    public static decimal? FromData(Report report, string label) => FromTable(report, label) ?? FromStated(report, label);

    /// <summary>The figure from the report's template tables only.</summary>
    public static decimal? FromTable(Report report, string label) => Known.First(k => k.Label == label).Table(report);

    /// <summary>The figure from the report's <c>stated_figures</c> only.</summary>
    public static decimal? FromStated(Report report, string label) =>
        Known.First(k => k.Label == label).Stated is { } key ? report.StatedFigures.Get(key) : null;

    /// <summary>The figure from data, else the first “label X万元” the report's narrative states for its own year.</summary>
    public static decimal? Resolve(Report report, string label) => FromData(report, label) ?? FirstStatement(report, label);

    /// <summary>The first “label X万元” the report's narrative states for its own year.</summary>
    public static decimal? FirstStatement(Report report, string label) =>
        Paragraphs.Of(report).SelectMany(p => Find(p.Text, report.Year)).Where(m => m.Label == label).Select(m => (decimal?)m.Value).FirstOrDefault();

    /// <summary>
    /// Each “label X万元” in a text that speaks of <paramref name="year"/> (not “上年…”, not another year’s figure),
    /// longest label first, never two labels on the same words.
    /// </summary>
    public static IEnumerable<(string Label, decimal Value, int Index)> Find(string text, int year)
    {
        var taken = new List<(int Start, int End)>();
        var found = new List<(string, decimal, int)>();
        foreach (var (label, pattern) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken.Any(t => m.Index < t.End && t.Start < m.Index + label.Length) || SpeaksOfAnotherYear(text, m.Index, year))
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + label.Length));
                found.Add((label, Amounts.Parse(m.Groups[1].Value), m.Index));
            }
        }

        return found;
    }

    private static bool SpeaksOfAnotherYear(string text, int index, int year)
    {
        // The sentence up to the label: a budget (预算) or last year's figure (上年) is not this year's 决算.
        var before = text[(text.LastIndexOf('。', Math.Max(0, index - 1)) + 1)..index];
        if (before.Contains("上年", StringComparison.Ordinal) || before.Contains("预算", StringComparison.Ordinal))
        {
            return true;
        }

        var years = YearPattern().Matches(before);
        return years.Count > 0 && years[^1].Groups[1].Value != year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static decimal? Grand(Core.Model.Tables.TwoSidedTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var income = TwoSidedLayout.Income(table);
        return income.Amount(income.Grand, 0);
    }

    private static decimal? GrandSpend(Core.Model.Tables.TwoSidedTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var side = TwoSidedLayout.Expenditure(table);
        return side.Amount(side.Grand, 0);
    }

    private static decimal? Total(Core.Model.Tables.TwoSidedTable? table, bool incomeSide)
    {
        if (table is null)
        {
            return null;
        }

        var side = incomeSide ? TwoSidedLayout.Income(table) : TwoSidedLayout.Expenditure(table);
        return side.Amount(side.Total, 0);
    }

    private static decimal? TotalRow(Core.Model.Tables.CodedTable? table, string column) =>
        table?.Rows.FirstOrDefault(r => r.Code is null) is { } total ? table.Amount(total, column) : null;

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();
}
