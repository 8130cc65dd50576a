using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Modeling;

/// <summary>
/// A site of three departments and four reports whose listings go on to a further page after two items: the home
/// page (departments) and the data page (reports). Compare and classification pages have their own tests.
/// </summary>
public sealed class ListingPagesTests : IClassFixture<ListingPagesTests.TwoPerPageSite>
{
    private static readonly HtmlParser Parser = new();
    private readonly TempSite _site;

    public ListingPagesTests(TwoPerPageSite site) => _site = site.Site;

    private IHtmlDocument Page(string path) => Parser.ParseDocument(_site.ReadOutput(path));

    [Fact]
    public void Past_a_page_of_departments_the_home_page_goes_on_under_departments_and_both_count_the_whole_site()
    {
        var first = Page("index.html");
        var second = Page("departments/2/index.html");

        Assert.Equal(["bing", "jia"], first.QuerySelectorAll("article.department-card").Select(a => a.Id));
        Assert.Equal(["yi"], second.QuerySelectorAll("article.department-card").Select(a => a.Id));
        Assert.Equal("共 3 个部门、4 份部门决算与绩效自评报告。金额单位：万元。", first.QuerySelectorAll("p.lead").Last().TextContent);
        Assert.Equal(first.QuerySelectorAll("p.lead").Last().TextContent, second.QuerySelectorAll("p.lead").Last().TextContent);
        Assert.Equal("departments/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../yi/", second.QuerySelector("article.department-card h3 a")!.GetAttribute("href"));
        Assert.Equal("部门（第2页） · 测试平台", second.Title);
    }

    [Fact]
    public void Past_a_page_of_reports_the_data_page_goes_on_to_a_second_page_and_both_count_the_whole_archive()
    {
        var first = Page("data/index.html");
        var second = Page("data/2/index.html");

        Assert.Equal(["data-bing-2023", "data-jia-2022"], first.QuerySelectorAll("section.data-report h2").Select(h => h.Id));
        Assert.Equal(["data-jia-2023", "data-yi-2023"], second.QuerySelectorAll("section.data-report h2").Select(h => h.Id));
        var counts = first.QuerySelector(".data-downloads li")!.TextContent;
        Assert.EndsWith("：共 4 份报告、16 张表", counts, StringComparison.Ordinal);
        Assert.Equal(counts, second.QuerySelector(".data-downloads li")!.TextContent);
        Assert.Equal("../../data/portal-data.zip", second.QuerySelector(".data-downloads a[download]")!.GetAttribute("href"));
        Assert.Equal("../../data/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../data/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Past_a_page_of_reports_the_checks_go_on_to_a_second_page_each_counting_the_whole_site_and_totalling_its_own()
    {
        var first = Page("checks/index.html");
        var second = Page("checks/2/index.html");

        Assert.Equal(["report-bing-2023", "report-jia-2023"], first.QuerySelectorAll("section.checks-report").Select(s => s.Id));
        Assert.Equal(["report-jia-2022", "report-yi-2023"], second.QuerySelectorAll("section.checks-report").Select(s => s.Id));
        Assert.Equal(first.QuerySelector("article.checks-page > p")!.TextContent, second.QuerySelector("article.checks-page > p")!.TextContent);
        Assert.Equal("本页是全部 4 份报告中的第 3–4 份，筛选只在本页的报告中进行；全站的核对发现都在下面的 CSV 和 JSON 下载中。", second.QuerySelector("p.checks-paged")!.TextContent);
        Assert.Equal("本页合计", second.QuerySelector(".checks-summary tfoot th")!.TextContent);
        Assert.Equal(["jia", "yi"], second.QuerySelectorAll("select[name=department] option").Skip(1).Select(o => o.GetAttribute("value")));
        Assert.Equal("../checks/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../checks/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("数据核对（第2页） · 测试平台", second.Title);
    }

    [Fact]
    public void A_wording_printed_by_more_reports_than_the_glossary_names_links_to_the_terms_pages_which_name_every_report()
    {
        var glossary = Page("glossary/index.html");
        var cited = glossary.QuerySelector("#term-机关运行经费 p.cited")!;
        var termPath = Portal.Build.Modeling.GlossaryPageBuilder.TermPath("机关运行经费");
        var first = Page(termPath + "index.html");
        var second = Page(termPath + "2/index.html");

        Assert.Equal("出处：测试市机关事务局 2023年、测试市机关事务局 2022年等，共 4 份报告，查看全部", cited.TextContent);
        Assert.Equal(["../bing/2023/#glossary", "../jia/2022/#glossary", $"../{termPath}#wording-1"], cited.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../../bing/2023/#glossary", "../../jia/2022/#glossary"], first.QuerySelectorAll("#wording-1 li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../../../jia/2023/#glossary", "../../../yi/2023/#glossary"], second.QuerySelectorAll("#wording-1 li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("“机关运行经费”见于 4 份报告，有 1 种表述；下面逐一列出每种表述和给出它的报告。 返回名词解释", first.QuerySelector("p.lead")!.TextContent);
        Assert.Equal("../../glossary/#term-机关运行经费", first.QuerySelector("p.lead a")!.GetAttribute("href"));
        Assert.Equal("名词解释：机关运行经费（第2页） · 测试平台", second.Title);
        Assert.True(first.QuerySelector("#wording-1")!.HasAttribute("data-search-skip"), "the wordings are searched on the glossary, not again on each term page");
        Assert.Equal($"../../../{termPath}", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_later_wording_links_to_the_term_page_where_its_reports_start()
    {
        var other = SampleReports.WithTables.Replace("为保障行政单位运行用于购买货物和服务的各项资金。", "行政单位运行所需的资金。", StringComparison.Ordinal);
        using var site = new TempSite()
            .WithReport("aa", 2023, SampleReports.WithTables)
            .WithReport("ab", 2023, SampleReports.WithTables)
            .WithReport("ac", 2023, SampleReports.WithTables)
            .WithReport("ba", 2023, other)
            .WithReport("bb", 2023, other)
            .WithReport("bc", 2023, other);
        Assert.True(site.Build(listingPageSize: 2).Succeeded);
        var termPath = Portal.Build.Modeling.GlossaryPageBuilder.TermPath("机关运行经费");

        var glossary = Parser.ParseDocument(site.ReadOutput("glossary/index.html"));

        // Wording 1 (aa, ab, ac) fills page 1 and starts page 2; wording 2 (ba, bb, bc) starts on page 2 after it.
        Assert.Equal(
            [$"../{termPath}#wording-1", $"../{termPath}2/#wording-2"],
            glossary.QuerySelectorAll("#term-机关运行经费 p.cited a").Select(a => a.GetAttribute("href")).Where(h => h!.Contains("#wording-", StringComparison.Ordinal)));
        var second = Parser.ParseDocument(site.ReadOutput(termPath + "2/index.html"));
        Assert.Equal(["wording-1", "wording-2"], second.QuerySelectorAll("section.glossary-wording").Select(s => s.Id));
    }

    public sealed class TwoPerPageSite : IDisposable
    {
        public TwoPerPageSite()
        {
            Site = new TempSite()
                .WithReport("bing", 2023, SampleReports.WithTables)
                .WithReport("jia", 2023, SampleReports.WithTables)
                .WithReport("jia", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal))
                .WithReport("yi", 2023, SampleReports.WithTables);
            var result = Site.Build(listingPageSize: 2);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public TempSite Site { get; }

        public void Dispose() => Site.Dispose();
    }
}
