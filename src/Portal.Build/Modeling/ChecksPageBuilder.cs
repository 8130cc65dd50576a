namespace Portal.Build.Modeling;

/// <summary>The site-wide 数据核对 page at <c>checks/</c>.</summary>
internal static class ChecksPageBuilder
{
    public const string Path = "checks/";

    public static ChecksPage Build(SiteInfo site, IReadOnlyList<ReportPage> reports) => new()
    {
        Site = site,
        Path = Path,
        Title = "数据核对",
        Breadcrumbs = [new Crumb("首页", string.Empty)],
        Reports = reports
            .OrderBy(r => r.Department.Slug, StringComparer.Ordinal)
            .ThenByDescending(r => r.Report.Year)
            .ToArray(),
    };
}
