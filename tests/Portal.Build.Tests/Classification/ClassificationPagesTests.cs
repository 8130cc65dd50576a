using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Classification;

public sealed class ClassificationPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_coded_table_row_links_to_the_page_of_its_code_which_lists_every_department_year()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2023, SampleReports.WithTables)
            .WithReport("ceshi", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal).Replace("922.207", "800.10", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var report = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        var link = report.QuerySelector("#t02-2010301 td.code a")!.GetAttribute("href");
        Assert.Equal("../../classification/function/2010301/", link);

        var page = Parser.ParseDocument(site.ReadOutput("classification/function/2010301/index.html"));
        Assert.Equal("2010301 行政运行", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table.classification tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();
        Assert.Equal(["2023年", "2022年"], rows.Select(r => r[0]));
        Assert.Equal(["922.207", "800.10"], rows.Select(r => r[2]));
        Assert.Equal("../../../ceshi/2023/#t02-2010301", page.QuerySelector("table.classification tbody tr a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_code_page_links_its_parent_and_children_draws_its_years_and_offers_its_amounts_as_csv()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2023, SampleReports.WithTables)
            .WithReport("ceshi", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal).Replace("922.207", "800.10", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var middle = Parser.ParseDocument(site.ReadOutput("classification/function/20103/index.html"));
        var tree = middle.QuerySelector("nav.classification-tree")!;
        Assert.Equal("../../../classification/function/201/", tree.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Contains("../../../classification/function/2010301/", tree.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));

        var leaf = Parser.ParseDocument(site.ReadOutput("classification/function/2010301/index.html"));
        Assert.Equal("20103 政府办公厅（室）及相关机构事务", leaf.QuerySelector("nav.classification-tree p a")!.TextContent);
        Assert.Empty(leaf.QuerySelectorAll("nav.classification-tree li"));
        var history = leaf.QuerySelector("figure#history-2010301-figure")!;
        Assert.Equal(["2022年", "2023年"], history.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent));
        Assert.Equal(["800.10", "922.207"], history.QuerySelectorAll("tbody td").Select(td => td.TextContent));

        Assert.Equal("../../../classification/function/2010301/data.csv", leaf.QuerySelector("p.downloads a")!.GetAttribute("href"));
        var csv = site.ReadOutput("classification/function/2010301/data.csv").TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("科目类型,科目编码,科目名称,部门,年度,表号,表名,科目名称（按印刷）,栏目,金额,单位", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("功能分类,2010301,行政运行,", StringComparison.Ordinal) && line.Contains(",2022,", StringComparison.Ordinal) && line.EndsWith(",800.10,万元", StringComparison.Ordinal));
    }
    [Fact]
    public void Past_a_page_of_departments_a_code_goes_on_to_a_second_page_read_back_whole_and_its_csv_has_every_department()
    {
        static string Department(string name) => TempSite.MinimalDepartment.Replace("测试市机关事务局", name, StringComparison.Ordinal);
        using var site = new TempSite()
            .WithReport("bing", 2023, SampleReports.WithTables.Replace("922.207", "700.00", StringComparison.Ordinal), Department("丙市机关事务局"))
            .WithReport("jia", 2023, SampleReports.WithTables, Department("甲市机关事务局"))
            .WithReport("jia", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal).Replace("922.207", "800.10", StringComparison.Ordinal), Department("甲市机关事务局"))
            .WithReport("yi", 2023, SampleReports.WithTables.Replace("922.207", "600.60", StringComparison.Ordinal), Department("乙市机关事务局"));
        var result = site.Build(listingPageSize: 2);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        static string[][] Rows(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.classification tbody tr")
            .Select(r => new[] { r.QuerySelector("th")!.TextContent }.Concat(r.QuerySelectorAll("td").Select(c => c.TextContent)).Take(4).ToArray()).ToArray();
        var first = Parser.ParseDocument(site.ReadOutput("classification/function/2010301/index.html"));
        var second = Parser.ParseDocument(site.ReadOutput("classification/function/2010301/2/index.html"));
        var csv = site.ReadOutput("classification/function/2010301/data.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var index = Parser.ParseDocument(site.ReadOutput("classification/index.html"));

        // Two departments a page, however many years each: 甲 has two.
        Assert.Equal([["丙市机关事务局", "2023年", "行政运行", "700.00"], ["甲市机关事务局", "2023年", "行政运行", "922.207"], ["甲市机关事务局", "2022年", "行政运行", "800.10"]], Rows(first));
        Assert.Equal([["乙市机关事务局", "2023年", "行政运行", "600.60"]], Rows(second));
        Assert.Equal("2010301 行政运行（第2页） · 测试平台", second.Title);
        Assert.Equal("../../../../classification/function/2010301/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../../../classification/function/2010301/data.csv", second.QuerySelector("p.downloads a")!.GetAttribute("href"));
        Assert.Equal(["丙市机关事务局", "甲市机关事务局", "乙市机关事务局"], csv.Skip(1).Where(l => l.StartsWith("功能分类,2010301,", StringComparison.Ordinal)).Select(l => l.Split(',')[3]).Distinct());
        Assert.Single(index.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/2010301/", StringComparison.Ordinal));
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/2/", StringComparison.Ordinal));
    }
}
