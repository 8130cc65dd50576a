using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Publishing;

public sealed class PublishingFilesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void With_an_absolute_base_url_the_sitemap_lists_every_page_by_its_absolute_url()
    {
        using var site = Site("https://example.gov.cn/portal/");

        var sitemap = Load(site, "sitemap.xml");

        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToArray();
        Assert.Equal(Sitemap + "urlset", sitemap.Root.Name);
        Assert.Contains("https://example.gov.cn/portal/", locations);
        Assert.Contains("https://example.gov.cn/portal/ceshi/2023/", locations);
        Assert.All(locations, loc => Assert.True(File.Exists(Path.Combine(site.Output, loc["https://example.gov.cn/portal/".Length..], "index.html")), loc));
        Assert.Equal(Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories).Length, locations.Length);
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://example.gov.cn/portal/sitemap.xml\n", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void A_report_page_has_its_canonical_url_and_open_graph_tags_with_department_year_and_headline_figure()
    {
        using var site = Site("https://example.gov.cn/portal/");

        var head = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html")).Head!;
        string Meta(string property) => head.QuerySelector($"meta[property='{property}']")!.GetAttribute("content")!;

        Assert.Equal("https://example.gov.cn/portal/ceshi/2023/", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.gov.cn/portal/ceshi/2023/", Meta("og:url"));
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("测试市机关事务局，2023年度。收支总计 100.50 万元（公开01表）。", Meta("og:description"));
        Assert.Equal("测试平台", Meta("og:site_name"));
    }

    [Fact]
    public void Without_an_absolute_base_url_there_is_no_sitemap_and_no_canonical_url()
    {
        using var site = Site("/portal/");

        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
        Assert.Equal("User-agent: *\nAllow: /\n", site.ReadOutput("robots.txt"));
        Assert.Null(Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html")).Head!.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("https://example.gov.cn/portal/")]
    [InlineData("/")]
    public void The_atom_feed_is_well_formed_and_has_one_entry_per_report_linking_to_its_page(string baseUrl)
    {
        using var site = Site(baseUrl);
        site.WithReport("yi", 2023, SampleReports.WithTables.Replace("测试市机关事务局2023", "乙局2023", StringComparison.Ordinal));
        var build = site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        var feed = Load(site, "feed.xml").Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.All(new[] { "id", "title", "updated" }, name => Assert.NotEmpty(feed.Element(Atom + name)!.Value));
        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.Equal(["测试市机关事务局2023年度部门决算", "乙局2023年度部门决算"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var feedUri = new Uri(new Uri(baseUrl.StartsWith('/') ? "http://localhost" + baseUrl : baseUrl), "feed.xml");
        foreach (var entry in entries)
        {
            Assert.All(new[] { "id", "updated", "summary" }, name => Assert.NotEmpty(entry.Element(Atom + name)!.Value));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            var page = new Uri(feedUri, entry.Element(Atom + "link")!.Attribute("href")!.Value);
            var relative = page.AbsolutePath[new Uri(feedUri, "./").AbsolutePath.Length..];
            Assert.True(File.Exists(Path.Combine(site.Output, relative, "index.html")), page.ToString());
        }

        Assert.Contains("收支总计 100.50 万元", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Touching_the_content_files_leaves_the_feed_unchanged_and_a_report_git_does_not_know_is_dated_after_its_year()
    {
        using var site = Site("/");
        var before = File.ReadAllBytes(Path.Combine(site.Output, "feed.xml"));
        foreach (var file in Directory.GetFiles(site.Content, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        }

        Assert.True(site.Build().Succeeded);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "feed.xml")));
        var feed = Load(site, "feed.xml").Root!;
        Assert.Equal(["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"], [feed.Element(Atom + "updated")!.Value, feed.Element(Atom + "entry")!.Element(Atom + "updated")!.Value]);
    }

    [Fact]
    public void A_committed_report_is_dated_by_its_last_commit()
    {
        using var site = Site("/");
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", "content");
        Git(site.Root, "commit", "-q", "-m", "2023年度部门决算");

        Assert.True(site.Build().Succeeded);

        Assert.Equal("2024-09-10T08:30:00Z", Load(site, "feed.xml").Root!.Element(Atom + "entry")!.Element(Atom + "updated")!.Value);
    }

    /// <summary>git with a fixed identity and commit time, so the test does not depend on the machine's git setup.</summary>
    private static void Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-c", "user.name=测试", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_COMMITTER_DATE"] = "2024-09-10T08:30:00Z";
        start.Environment["GIT_AUTHOR_DATE"] = "2024-09-10T08:30:00Z";
        using var git = System.Diagnostics.Process.Start(start)!;
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, errors);
    }

    private static TempSite Site(string baseUrl)
    {
        var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", $"title: 测试平台\nbase_url: {baseUrl}\n");
        Assert.True(site.Build().Succeeded);
        return site;
    }

    private static XDocument Load(TempSite site, string file)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
