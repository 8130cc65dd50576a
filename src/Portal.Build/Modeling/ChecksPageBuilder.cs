using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>
/// The site-wide 数据核对 pages at <c>checks/</c>: <see cref="Pagination.DefaultSize"/> reports a page (then
/// <c>checks/2/</c> …), every page counting the whole site. One page of every report's findings was 0.7 MB at 1,000
/// reports and 7.1 MB at 10,000.
/// </summary>
internal static class ChecksPageBuilder
{
    public const string Path = "checks/";

    /// <summary>The pages' paths for <paramref name="reports"/> reports, known before the report pages are built (their findings are placed as they are).</summary>
    public static IReadOnlyList<string> Paths(int reports, int pageSize) => Pagination.PathsOf(Path, reports, pageSize);

    public static IReadOnlyList<PageModel> Build(SiteInfo site, IReadOnlyList<ReportFindings> reports, int pageSize = Pagination.DefaultSize)
    {
        var ordered = reports
            .OrderBy(r => r.Department.Slug, StringComparer.Ordinal)
            .ThenByDescending(r => r.Report.Year)
            .ToArray();
        var totals = new ChecksTotals(
            ordered.Length,
            SeverityKeys.All.ToDictionary(s => s, s => ordered.Sum(r => r.Count(s))),
            ordered.Sum(r => r.Findings.Count));
        return [.. Pagination.Split(Path, ordered, pageSize).Select(part => new ChecksPage
        {
            Site = site,
            Path = part.Page.Path,
            Title = part.Page.Title(site.Strings.T("checks.heading"), site.Strings),
            Breadcrumbs = [site.Home],
            Pagination = part.Page.WhenSplit,
            Reports = part.Items,
            Totals = totals,
            First = (part.Page.Number - 1) * pageSize + 1,
        })];
    }
}

/// <summary>The whole site's count of reports and of findings by severity, on every page of 数据核对.</summary>
public sealed record ChecksTotals(int Reports, IReadOnlyDictionary<FindingSeverity, int> BySeverity, int Findings);
