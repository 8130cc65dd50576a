using Portal.Build.Charts;
using Portal.Build.Modeling;
using Portal.Core.Model;

namespace Portal.Build.Comparison;

/// <summary>Adds the year-over-year comparison, the charts and their table-of-contents entries to the report and department pages.</summary>
public static class ComparisonPages
{
    public static ReportPage WithComparison(ReportPage page, DepartmentContent entry)
    {
        var report = page.Report;
        var previous = entry.Reports.FirstOrDefault(r => r.Year == report.Year - 1);
        var comparison = YearComparisonBuilder.Build(report, previous, previous is null ? null : SiteModelBuilder.ReportPath(entry.Department.Slug, previous.Year));
        var ui = page.Site.Strings;
        var charts = ReportChartsBuilder.Build(report, previous, ui);
        var toc = page.Toc.ToList();
        var at = toc.FindIndex(e => e.Anchor == "overview") + 1; // the parts follow 部门概况 on the page
        var added = new List<TocEntry>();
        if (comparison.Any)
        {
            added.Add(new TocEntry("yoy", ui.T("yoy.heading"), []));
        }

        if (charts.Count > 0)
        {
            added.Add(new TocEntry("charts", ui.T("chart.heading"), charts.Select(c => new TocEntry(c.Id, c.Title, [])).ToArray()));
        }

        toc.InsertRange(at, added);
        return page with { Comparison = comparison, Charts = charts, Toc = toc };
    }

    public static DepartmentPage WithTrends(DepartmentPage page, DepartmentContent entry)
    {
        var reports = entry.Reports.OrderBy(r => r.Year).ToArray();
        if (reports.Length < 2)
        {
            return page;
        }

        var metrics = reports.Select(ReportMetrics.For).ToArray();
        var ui = page.Site.Strings;
        var years = reports.Select(r => ui.T("common.year", r.Year)).ToArray();
        LineSeries Series(string key) => new(ui.Figure(key, StatedFigureKey.Find(key)!.Label), metrics.Select(m => m.GetValueOrDefault(key)?.Value).ToArray());

        var totals = new[] { "grand_total", "expenditure_total", "basic_expenditure", "project_expenditure" }.Select(Series).Where(s => s.Values.Any(v => v is not null)).ToArray();
        var costs = new[] { "sangong_total", "operating_costs", "personnel_costs", "public_costs" }.Select(Series).Where(s => s.Values.Any(v => v is not null)).ToArray();
        var trends = new List<ChartView>();
        if (totals.Length > 0)
        {
            trends.Add(ChartView.Line("trend-totals", string.Empty, ui.T("chart.trend_totals"), years, totals));
        }

        if (costs.Length > 0)
        {
            trends.Add(ChartView.Line("trend-costs", string.Empty, ui.T("chart.trend_costs"), years, costs));
        }

        return page with { Trends = trends };
    }
}
