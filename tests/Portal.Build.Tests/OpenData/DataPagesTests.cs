using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.OpenData;

/// <summary>The data page of a site with more reports than fit on one page.</summary>
public sealed class DataPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Past_a_page_of_reports_the_list_goes_on_to_a_second_page_and_both_count_the_whole_archive()
    {
        using var site = new TempSite()
            .WithReport("jia", 2023, SampleReports.WithTables)
            .WithReport("jia", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal))
            .WithReport("yi", 2023, SampleReports.WithTables);
        var result = site.Build(listingPageSize: 2);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var first = Parser.ParseDocument(site.ReadOutput("data/index.html"));
        var second = Parser.ParseDocument(site.ReadOutput("data/2/index.html"));

        Assert.Equal(["data-jia-2022", "data-jia-2023"], first.QuerySelectorAll("section.data-report h2").Select(h => h.Id));
        Assert.Equal(["data-yi-2023"], second.QuerySelectorAll("section.data-report h2").Select(h => h.Id));
        var counts = first.QuerySelector(".data-downloads li")!.TextContent;
        Assert.EndsWith("：共 3 份报告、12 张表", counts, StringComparison.Ordinal);
        Assert.Equal(counts, second.QuerySelector(".data-downloads li")!.TextContent);
        Assert.Equal("../../data/portal-data.zip", second.QuerySelector(".data-downloads a[download]")!.GetAttribute("href"));
        Assert.Equal("../../data/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../data/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
    }
}
