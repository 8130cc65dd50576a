using Portal.Build.Figures;
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

    public static Headline For(Report report) => new(
        Pick("收支总计", report, "grand_total"),
        Pick("本年收入", report, "income_total"),
        Pick("本年支出", report, "expenditure_total"),
        Pick("三公经费", report, "sangong_total"));

    private static HeadlineFigure Pick(string label, Report report, string key) =>
        ReportFigures.Resolve(report, key) is { } figure
            ? new HeadlineFigure(label, figure.Value, figure.Table?.ShortName ?? StatedOrigin)
            : new HeadlineFigure(label, null, null);
}
