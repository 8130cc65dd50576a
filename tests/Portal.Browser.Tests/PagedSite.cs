using Portal.Build.Tests.Support;

namespace Portal.Browser.Tests;

/// <summary>
/// A small site built with listings cut after two items (so the pagers show with three reports), served on loopback
/// beside the sample site: for what a reader does across the pages of a listing.
/// </summary>
public sealed class PagedSite : IDisposable
{
    private readonly TempSite _site;
    private readonly StaticSiteServer _server;

    /// <param name="reports">department slug and year of each report, all from <see cref="SampleReports.WithTables"/>.</param>
    public PagedSite(params (string Slug, int Year)[] reports)
    {
        _site = new TempSite();
        foreach (var (slug, year) in reports)
        {
            _site.WithReport(slug, year, SampleReports.WithTables.Replace("2023", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        var build = _site.Build(listingPageSize: 2);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        _server = new StaticSiteServer(_site.Output);
    }

    public string BaseUrl => _server.BaseUrl;

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
    }
}
