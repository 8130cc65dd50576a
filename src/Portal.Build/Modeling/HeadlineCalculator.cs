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
        var summary = report.Tables.Summary;
        var summaryName = summary?.Info.ShortName;
        var sangong = report.Tables.Sangong;
        return new Headline(
            Pick("收支总计", FindLine(summary?.Income, "总计"), summaryName, report, "grand_total"),
            Pick("本年收入", FindLine(summary?.Income, "本年收入合计"), summaryName, report, "income_total"),
            Pick("本年支出", FindLine(summary?.Expenditure, "本年支出合计"), summaryName, report, "expenditure_total"),
            Pick("三公经费", sangong?.Actual?.Total, sangong?.Info.ShortName, report, "sangong_total"));
    }

    public static decimal? FindLine(IReadOnlyList<LineRow>? rows, string item) =>
        rows?.FirstOrDefault(r => r.Label == item)?.Amounts[0];

    private static HeadlineFigure Pick(string label, decimal? fromTable, string? tableName, Report report, string statedKey)
    {
        if (fromTable is not null)
        {
            return new HeadlineFigure(label, fromTable, tableName);
        }

        return report.StatedFigures.Get(statedKey) is { } stated
            ? new HeadlineFigure(label, stated, StatedOrigin)
            : new HeadlineFigure(label, null, null);
    }
}
