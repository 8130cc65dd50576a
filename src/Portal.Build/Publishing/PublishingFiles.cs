using Portal.Build.Modeling;
using Portal.Core.Model;

namespace Portal.Build.Publishing;

/// <summary>The files for search engines and feed readers: feed.xml, robots.txt and, with an absolute base_url, sitemap.xml.</summary>
public static class PublishingFiles
{
    public static IEnumerable<GeneratedFile> Build(SiteInfo site, IReadOnlyList<PageModel> pages, ContentSet content, IReadOnlyList<DepartmentSummary> summaries)
    {
        if (site.HasAbsoluteBase)
        {
            yield return new GeneratedFile(PublishingPaths.Sitemap, SitemapWriter.Write(site, pages));
        }

        yield return new GeneratedFile(PublishingPaths.Robots, RobotsWriter.Write(site));

        var entries = content.Departments.Zip(summaries)
            .SelectMany(pair => pair.First.Reports.Select(report => new AtomFeedWriter.Entry(
                pair.Second.Reports.Single(r => r.Year == report.Year),
                File.GetLastWriteTimeUtc(report.FilePath),
                AtomFeedWriter.Summarize(pair.Second.Reports.Single(r => r.Year == report.Year), site.Strings))))
            .ToArray();
        yield return new GeneratedFile(PublishingPaths.Feed, AtomFeedWriter.Write(site, entries));
    }
}
