using System.Text.RegularExpressions;
using Portal.Build.Figures;
using Portal.Core.Model;

namespace Portal.Build.Check.Prose;

/// <summary>
/// The headline figures the narrative names (“收、支总计”, “财政拨款基本支出”, “人员经费”…) and where a report
/// holds each: its tables first, then its stated figures, then the first time its own narrative states it.
/// </summary>
public static partial class FigureLabels
{
    // Each label the narrative uses, the figure it names (ReportFigures' key) and whether the text's own statement
    // of it counts (支出总计 and 财政拨款基本支出 are only ever read from the tables).
    private static readonly (string Label, string Key, bool Stated)[] Known =
    [
        ("财政拨款收、支总计", "fiscal_grand_total", true),
        ("财政拨款收支总计", "fiscal_grand_total", true),
        ("收、支总计", "grand_total", true),
        ("收支总计", "grand_total", true),
        ("收入总计", "grand_total", true),
        ("支出总计", ReportFigures.ExpenditureGrandTotal, false),
        ("本年收入合计", "income_total", true),
        ("收入合计", "income_total", true),
        ("本年支出合计", "expenditure_total", true),
        ("支出合计", "expenditure_total", true),
        ("财政拨款基本支出", ReportFigures.GeneralBudgetBasic, false),
        ("一般公共预算财政拨款支出", "general_budget_expenditure", true),
        ("人员经费", "personnel_costs", true),
        ("公用经费", "public_costs", true),
        ("机关运行经费", "operating_costs", true),
        ("政府采购支出总额", "procurement_total", true),
    ];

    /// <summary>The labels longest first, so “财政拨款收、支总计” is never read as “收、支总计”.</summary>
    public static IReadOnlyList<string> All { get; } = Known.Select(k => k.Label).OrderByDescending(l => l.Length).ToArray();

    private static readonly (string Label, Regex Pattern)[] Patterns = All
        .Select(l => (l, new Regex(Regex.Escape(l) + @"(?:支出)?(?:决算数?)?(?:为|是|共计)?\s*(" + Amounts.Number + @")\s*万元")))
        .ToArray();

    /// <summary>The figure from the report's tables or stated figures (not its prose).</summary>
    public static decimal? FromData(Report report, string label) => FromTable(report, label) ?? FromStated(report, label);

    /// <summary>The figure from the report's template tables only.</summary>
    public static decimal? FromTable(Report report, string label) =>
        ReportFigures.FromTable(report, Known.First(k => k.Label == label).Key)?.Value;

    /// <summary>The figure from the report's <c>stated_figures</c> only.</summary>
    public static decimal? FromStated(Report report, string label) =>
        Known.First(k => k.Label == label) is { Stated: true } known ? report.StatedFigures.Get(known.Key) : null;

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

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();
}
