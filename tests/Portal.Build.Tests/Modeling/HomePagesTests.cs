using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Modeling;

/// <summary>The home page of a site with more departments than fit on one page.</summary>
public sealed class HomePagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Past_a_page_of_departments_the_home_page_goes_on_under_departments_and_both_count_the_whole_site()
    {
        using var site = new TempSite()
            .WithReport("bing", 2023, SampleReports.WithTables)
            .WithReport("jia", 2023, SampleReports.WithTables)
            .WithReport("jia", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal))
            .WithReport("yi", 2023, SampleReports.WithTables);
        var result = site.Build(listingPageSize: 2);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var first = Parser.ParseDocument(site.ReadOutput("index.html"));
        var second = Parser.ParseDocument(site.ReadOutput("departments/2/index.html"));

        Assert.Equal(["bing", "jia"], first.QuerySelectorAll("article.department-card").Select(a => a.Id));
        Assert.Equal(["yi"], second.QuerySelectorAll("article.department-card").Select(a => a.Id));
        Assert.Equal("共 3 个部门、4 份部门决算与绩效自评报告。金额单位：万元。", first.QuerySelectorAll("p.lead").Last().TextContent);
        Assert.Equal(first.QuerySelectorAll("p.lead").Last().TextContent, second.QuerySelectorAll("p.lead").Last().TextContent);
        Assert.Equal("departments/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../yi/", second.QuerySelector("article.department-card h3 a")!.GetAttribute("href"));
        Assert.Equal("部门（第2页） · 测试平台", second.Title);
    }
}
