namespace Portal.Build.Modeling;

/// <summary>The site-wide 数据核对 page at <c>checks/</c>.</summary>
internal static class ChecksPageBuilder
{
    public const string Path = "checks/";

    public static ChecksPage Build(SiteInfo site, IReadOnlyList<ReportFindings> reports) => new()
    {
        Site = site,
        Path = Path,
        Title = site.Strings.T("checks.heading"),
        Breadcrumbs = [site.Home],
        Reports = reports
            .OrderBy(r => r.Department.Slug, StringComparer.Ordinal)
            .ThenByDescending(r => r.Report.Year)
            .ToArray(),
    };
}
