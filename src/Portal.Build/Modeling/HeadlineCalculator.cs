using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>
/// Picks the headline figures of a report: from its published tables when it has them, otherwise
/// from the figures its text states, otherwise "not published" — and always says which.
/// </summary>
public static class HeadlineCalculator
{
    public const string StatedOrigin = "文中所述";

    public static Headline For(Report report)
    {
        var t01 = report.Tables.T01;
        var t01Code = t01?.Info.Code ?? StandardTableSpec.T01.Code;
        return new Headline(
            Pick("收支总计", FindLine(t01?.Income, "总计"), t01Code, report, "grand_total"),
            Pick("本年收入", FindLine(t01?.Income, "本年收入合计"), t01Code, report, "income_total"),
            Pick("本年支出", FindLine(t01?.Expenditure, "本年支出合计"), t01Code, report, "expenditure_total"),
            Pick("三公经费", report.Tables.T09?.Actual?.Total, report.Tables.T09?.Info.Code ?? StandardTableSpec.T09.Code, report, "sangong_total"));
    }

    /// <summary>The item text without its numbering and spaces: "  一、总计 " → "总计".</summary>
    public static string NormalizeItem(string? item)
    {
        if (item is null)
        {
            return string.Empty;
        }

        var text = new string(item.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var cut = text.IndexOf('、');
        return cut is > 0 and <= 4 ? text[(cut + 1)..] : text;
    }

    public static decimal? FindLine(IReadOnlyList<LineRow>? rows, string item) =>
        rows?.FirstOrDefault(r => NormalizeItem(r.Item) == item)?.Amounts[0];

    private static HeadlineFigure Pick(string label, decimal? fromTable, string tableCode, Report report, string statedKey)
    {
        if (fromTable is not null)
        {
            return new HeadlineFigure(label, fromTable, tableCode);
        }

        return report.StatedFigures.Get(statedKey) is { } stated
            ? new HeadlineFigure(label, stated, StatedOrigin)
            : new HeadlineFigure(label, null, null);
    }
}
