using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Build.Tests.Check;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Modeling;

public sealed class FindingsOnTheSiteTests
{
    private static readonly HtmlParser Parser = new();

    private static TempSite Built(string year2023)
    {
        var site = new TempSite()
            .WithReport("ceshi", 2022, ConsistentReports.Year2022, ConsistentReports.Department)
            .WithReport("ceshi", 2023, year2023, ConsistentReports.Department);
        Assert.True(site.Build().Succeeded);
        return site;
    }

    [Fact]
    public void Each_finding_on_the_report_page_links_to_an_element_that_exists()
    {
        var broken = ConsistentReports.Year2023
            .Replace("actual: {total: 4.00", "actual: {total: 4.50", StringComparison.Ordinal)
            .Replace("占83.33%", "占80.33%", StringComparison.Ordinal)
            .Replace("weight: 50", "weight: 40", StringComparison.Ordinal);
        using var site = Built(broken);

        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        var links = page.QuerySelectorAll("#checks .finding a").ToArray();

        Assert.Equal(4, links.Length); // the 09 cell also contradicts the 三公 paragraph now (prose.sangong)
        Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        var cell = page.GetElementById(links.Single(a => a.TextContent.Contains("公开09表 决算数合计", StringComparison.Ordinal)).GetAttribute("href")!.TrimStart('#'))!;
        Assert.Equal("td", cell.LocalName.ToLowerInvariant());
        Assert.Equal("4.50", cell.TextContent.Trim());
        Assert.Equal("income", links.Single(a => a.TextContent.Contains("所占比例", StringComparison.Ordinal)).GetAttribute("href")!.TrimStart('#'));
        Assert.Equal("sangong", links.Single(a => a.TextContent.Contains("所述合计决算", StringComparison.Ordinal)).GetAttribute("href")!.TrimStart('#'));
        Assert.Equal("perf-overall-table", links.Single(a => a.TextContent.Contains("一级指标", StringComparison.Ordinal)).GetAttribute("href")!.TrimStart('#'));
    }

    [Fact]
    public void A_consistent_report_says_its_check_found_nothing()
    {
        using var site = Built(ConsistentReports.Year2023);

        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        Assert.Contains("未发现不一致", page.QuerySelector("#checks")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#checks .finding"));
    }

    [Fact]
    public void The_site_wide_page_and_checks_json_list_findings_by_department_year_and_rule()
    {
        using var site = Built(ConsistentReports.Year2023.Replace("actual: {total: 4.00", "actual: {total: 4.50", StringComparison.Ordinal));

        var page = Parser.ParseDocument(site.ReadOutput("checks/index.html"));
        using var json = JsonDocument.Parse(site.ReadOutput("checks.json"));

        Assert.Contains("测试市机关事务局", page.QuerySelector(".checks-department h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sangong.row-total", page.QuerySelector(".checks-report h4.rule")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("../ceshi/2023/#cell-t09-actual-total", page.QuerySelector(".checks-report .finding a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("sangong.row-total", json.RootElement.GetProperty("findings")[0].GetProperty("rule").GetString());
        Assert.Contains("公开09表", site.ReadOutput("checks.json"), StringComparison.Ordinal);
    }
}
