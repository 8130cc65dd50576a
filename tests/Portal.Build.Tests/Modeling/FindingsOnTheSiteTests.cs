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

        Assert.Equal(5, links.Length); // the 09 cell also contradicts the 三公 paragraph (prose.sangong) and the 基础数据表's 三公经费 (free-table.figure)
        Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        var cell = Target(page, links, "公开09表 决算数合计");
        Assert.Equal("td", cell.LocalName.ToLowerInvariant());
        Assert.StartsWith("4.50", cell.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("p", Target(page, links, "所占比例").LocalName.ToLowerInvariant());
        Assert.Contains("占80.33%", Target(page, links, "所占比例").TextContent, StringComparison.Ordinal);
        Assert.Equal("p", Target(page, links, "所述合计决算").LocalName.ToLowerInvariant());
        Assert.Equal("cell-performance-overall-evaluation-indicators-0-weight", Target(page, links, "一级指标").Id);
        Assert.Equal("td", Target(page, links, "“三公经费”行").LocalName.ToLowerInvariant());
    }

    [Fact]
    public void Each_flagged_cell_and_paragraph_carries_the_ids_of_its_findings_and_a_marker_whose_message_links_back()
    {
        using var site = Built(ConsistentReports.Year2023.Replace("actual: {total: 4.00", "actual: {total: 4.50", StringComparison.Ordinal));

        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        var items = page.QuerySelectorAll("#checks li.finding").ToArray();
        // The printed forms' cells and paragraphs; a phone form's cell names its printed twin in data-cell.
        var flagged = page.QuerySelectorAll("[data-finding]:not([data-cell])").ToArray();
        var twin = Assert.Single(page.QuerySelectorAll("[data-finding][data-cell]"));

        // sangong.row-total and free-table.figure on cells, prose.sangong on its paragraph.
        Assert.Equal(3, items.Length);
        Assert.Equal(3, flagged.Length);
        Assert.Equal("cell-t09-actual-total", twin.GetAttribute("data-cell"));
        Assert.Equal("finding-sangong-row-total-cell-t09-actual-total", twin.GetAttribute("data-finding"));
        Assert.Equal("tip-finding-sangong-row-total-cell-t09-actual-total-narrow", twin.QuerySelector("button.finding-mark")!.GetAttribute("aria-describedby"));
        var cell = Assert.Single(flagged, e => e.Id == "cell-t09-actual-total");
        Assert.Equal("finding-sangong-row-total-cell-t09-actual-total", cell.GetAttribute("data-finding"));
        Assert.Equal("num flagged severity-error", cell.ClassName);
        var button = cell.QuerySelector("button.finding-mark")!;
        var tip = page.GetElementById(button.GetAttribute("aria-describedby")!)!;
        Assert.Contains("公开09表 决算数合计", tip.TextContent, StringComparison.Ordinal);
        Assert.Equal("#finding-sangong-row-total-cell-t09-actual-total", tip.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("错误", tip.QuerySelector(".severity")!.TextContent);
        Assert.All(items, item => Assert.Contains(flagged, e => e.GetAttribute("data-finding")!.Split(' ').Contains(item.Id)));
        Assert.Equal(["p", "td"], flagged.Where(e => e != cell).Select(e => e.LocalName.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.Equal("cell-other_tables-0-rows-0-2", flagged.Single(e => e != cell && e.LocalName.Equals("td", StringComparison.OrdinalIgnoreCase)).Id);
    }

    private static AngleSharp.Dom.IElement Target(AngleSharp.Dom.IDocument page, AngleSharp.Dom.IElement[] links, string text) =>
        page.GetElementById(links.Single(a => a.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("href")!.TrimStart('#'))!;

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
        Assert.Equal("sangong.row-total", page.QuerySelector(".checks-report .finding .rule")!.TextContent);
        var row = page.QuerySelector(".checks-summary tbody tr[data-year='2023']")!;
        // 三公 合计 4.50: off its parts (sangong.row-total), the text's 4.00 (prose.sangong) and the 基础数据表's 4.00 (free-table.figure).
        Assert.Equal(["3", "0", "0", "3"], row.QuerySelectorAll("td.num").Select(td => td.TextContent).ToArray());
        Assert.StartsWith("../ceshi/2023/#cell-t09-actual-total", page.QuerySelector(".checks-report .finding a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("sangong.row-total", json.RootElement.GetProperty("findings")[0].GetProperty("rule").GetString());
        Assert.Contains("公开09表", site.ReadOutput("checks.json"), StringComparison.Ordinal);
        var csv = site.ReadOutput("checks.csv").Split("\r\n");
        Assert.StartsWith("department,department_name,year,severity,severity_name,rule,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("ceshi,测试市机关事务局,2023,error,错误,sangong.row-total,t09,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",ceshi/2023/#finding-sangong-row-total-cell-t09-actual-total", csv[1], StringComparison.Ordinal);
        Assert.Equal(5, csv.Length); // header, three findings, and the empty string after the last CRLF
    }
}
