using Portal.Build.Modeling;
using Portal.Core.Model;

namespace Portal.Build.Publishing;

/// <summary>The files for search engines and feed readers: feed.xml, robots.txt and, with an absolute base_url, sitemap.xml.</summary>
public static class PublishingFiles
{
    /// <param name="addresses">every page's site-relative path, in page order (<see cref="PageSequence.Addresses"/>).</param>
    /// <param name="dates">when each report last changed (<see cref="ReportDates"/>): the feed's updated times.</param>
    public static IEnumerable<GeneratedFile> Build(SiteInfo site, IEnumerable<string> addresses, ContentSet content, IReadOnlyList<DepartmentSummary> summaries, ReportDates dates)
    {
        if (site.HasAbsoluteBase)
        {
            yield return new GeneratedFile(PublishingPaths.Sitemap, SitemapWriter.Write(site, addresses));
        }

        yield return new GeneratedFile(PublishingPaths.Robots, RobotsWriter.Write(site));

        var entries = content.Departments.Zip(summaries)
            .SelectMany(pair => pair.First.Reports.Select(report => new AtomFeedWriter.Entry(
                pair.Second.Reports.Single(r => r.Year == report.Year),
                dates.Of(report),
                AtomFeedWriter.Summarize(pair.Second.Reports.Single(r => r.Year == report.Year), site.Strings))))
            .ToArray();
        yield return new GeneratedFile(PublishingPaths.Feed, AtomFeedWriter.Write(site, entries));
    }
}
