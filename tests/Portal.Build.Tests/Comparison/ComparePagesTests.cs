using System.Text;
using AngleSharp.Html.Parser;
using Portal.Build.Comparison;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Comparison;

public sealed class ComparePagesTests
{
    private static readonly HtmlParser Parser = new();

    private static TempSite Site()
    {
        var staffed = SampleReports.WithTables.Replace("kinds: [决算]", "kinds: [决算]\nstated_figures: {staff_actual: 7}", StringComparison.Ordinal);
        var site = new TempSite()
            .WithReport("ceshi", 2023, staffed)
            .WithReport("qita", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal), TempSite.MinimalDepartment.Replace("测试市机关事务局", "其他市机关事务局", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void The_compare_parts_hold_no_report_so_the_content_can_go_before_their_pages_are_made()
    {
        using var site = Site();

        var (parts, report) = PartsOf(site.Content);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(report.IsAlive, "the compare pages, still to be made, hold a report");
        var pages = parts.Metrics.SelectMany(m => m.Build()).ToArray();
        Assert.Equal(parts.Metrics.SelectMany(m => m.Addresses), pages.Select(p => p.Path));
        var sangong = Assert.IsType<ComparePage>(pages.Single(p => p.Path == "compare/sangong_total/"));
        Assert.Equal(["ceshi", "qita"], sangong.Rows.Select(r => r.Slug));
        Assert.Equal(["测试市机关事务局 2023年", "其他市机关事务局 2022年"], sangong.Chart!.Data.Select(d => d.Label));
        Assert.Contains(parts.Files, f => f.OutputPath == "compare/sangong_total/sangong_total.csv");
    }

    /// <summary>The compare parts of the site's content, and the content's first report held only weakly.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (CompareParts Parts, WeakReference Report) PartsOf(string contentFolder)
    {
        var content = ContentLoader.Load(contentFolder, new DiagnosticBag());
        var theme = Path.Combine(RepositoryPaths.Themes, "default");
        var site = new SiteInfo("测试", null, "zh-CN", "/") { Strings = UiStrings.Load(theme, theme, "zh-CN") };
        return (ComparePagesBuilder.Build(site, content), new WeakReference(content.Departments[0].Reports[0]));
    }

    [Fact]
    public void Sangong_of_every_department_every_year_is_two_clicks_from_the_home_page()
    {
        using var site = Site();

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        var compareLink = home.QuerySelectorAll("nav.site-nav a").Single(a => a.TextContent == "比较").GetAttribute("href");
        var index = Parser.ParseDocument(site.ReadOutput(compareLink + "index.html"));
        var sangongLink = index.QuerySelectorAll("a").Single(a => a.TextContent == "“三公”经费").GetAttribute("href");

        Assert.Equal("compare/", compareLink);
        Assert.Equal("../compare/sangong_total/", sangongLink);
    }

    [Fact]
    public void Without_javascript_the_page_shows_every_department_and_year_with_per_staff_figures()
    {
        using var site = Site();
        var page = Parser.ParseDocument(site.ReadOutput("compare/sangong_total/index.html"));

        Assert.Equal(["部门", "2022年", "2023年"], page.QuerySelectorAll("#compare-table thead th").Select(t => t.TextContent));
        var rows = page.QuerySelectorAll("#compare-table tbody tr").ToArray();
        Assert.Equal(["ceshi", "qita"], rows.Select(r => r.GetAttribute("data-dept")));
        Assert.All(rows, r => Assert.False(r.HasAttribute("hidden")));
        Assert.Equal("—", rows[0].QuerySelectorAll("td")[0].TextContent);
        Assert.StartsWith("3.50 公开09表人均 0.50（7人）", rows[0].QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("3.50", rows[0].QuerySelectorAll("td")[1].GetAttribute("data-value"));
        Assert.NotNull(page.QuerySelector("svg.chart[role=img]"));
    }

    [Fact]
    public void The_csv_is_utf8_with_a_bom_and_one_line_per_department_year()
    {
        using var site = Site();

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "compare/sangong_total/sangong_total.csv"));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            [
                "部门,部门代码,年度,指标,数值（万元）,来源,实有人数,人均（万元/人）",
                "测试市机关事务局,ceshi,2023,“三公”经费,3.50,公开09表,7,0.50",
                "其他市机关事务局,qita,2022,“三公”经费,3.50,公开09表,,",
            ],
            text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_department_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text_in_the_csv()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2023, SampleReports.WithTables, TempSite.MinimalDepartment.Replace("测试市机关事务局", "'=HYPERLINK(\"http://evil.example\",\"点击\")'", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "compare/sangong_total/sangong_total.csv"));

        Assert.Equal(
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",ceshi,2023,“三公”经费,3.50,公开09表,,",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n")[1]);
    }

    [Fact]
    public void Each_function_class_of_table_03_gets_its_own_compare_page()
    {
        var withT03 = SampleReports.WithTables.Replace("  t07:", """
              t03:
                title: 支出决算表
                code: 公开03表
                rows:
                  - [null, 合计, 100.50, 80.00, 20.50, 0.00, 0.00, 0.00]
                  - ["201", 一般公共服务支出, 100.50, 80.00, 20.50, 0.00, 0.00, 0.00]
              t07:
            """, StringComparison.Ordinal);
        using var site = new TempSite().WithReport("ceshi", 2023, withT03);
        Assert.True(site.Build().Succeeded);

        var index = Parser.ParseDocument(site.ReadOutput("compare/index.html"));
        var page = Parser.ParseDocument(site.ReadOutput("compare/function-201/index.html"));

        Assert.Contains(index.QuerySelectorAll("a"), a => a.TextContent == "201 一般公共服务支出" && a.GetAttribute("href") == "../compare/function-201/");
        Assert.Equal("100.50", page.QuerySelector("#compare-table tbody td")!.GetAttribute("data-value"));
    }
    [Fact]
    public void Past_a_page_of_departments_the_table_goes_on_to_a_second_page_linked_both_ways_and_the_csv_has_every_department()
    {
        using var site = new TempSite();
        foreach (var (slug, name) in new[] { ("jia", "甲市机关事务局"), ("yi", "乙市机关事务局"), ("bing", "丙市机关事务局") })
        {
            site.WithReport(slug, 2023, SampleReports.WithTables, TempSite.MinimalDepartment.Replace("测试市机关事务局", name, StringComparison.Ordinal));
        }

        var result = site.Build(listingPageSize: 2);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var first = Parser.ParseDocument(site.ReadOutput("compare/sangong_total/index.html"));
        var second = Parser.ParseDocument(site.ReadOutput("compare/sangong_total/2/index.html"));
        var csv = File.ReadAllBytes(Path.Combine(site.Output, "compare/sangong_total/sangong_total.csv"));
        var index = Parser.ParseDocument(site.ReadOutput("compare/index.html"));

        Assert.Equal(["bing", "jia"], first.QuerySelectorAll("#compare-table tbody tr").Select(r => r.GetAttribute("data-dept")));
        Assert.Equal(["yi"], second.QuerySelectorAll("#compare-table tbody tr").Select(r => r.GetAttribute("data-dept")));
        Assert.Equal(["yi"], second.QuerySelectorAll(".compare-controls input").Select(i => i.GetAttribute("value")));
        Assert.Equal("第1页，共2页", first.QuerySelector("nav.pager p")!.TextContent);
        Assert.Equal([("../../compare/sangong_total/2/", null), ("../../compare/sangong_total/2/", "next")], first.QuerySelectorAll("nav.pager a").Select(a => (a.GetAttribute("href"), a.GetAttribute("rel"))).Order());
        Assert.Equal([("../../../compare/sangong_total/", null), ("../../../compare/sangong_total/", "prev")], second.QuerySelectorAll("nav.pager a").Select(a => (a.GetAttribute("href"), a.GetAttribute("rel"))).Order());
        Assert.Equal("2", second.QuerySelector("nav.pager [aria-current=page]")!.TextContent);
        Assert.Equal("“三公”经费（第2页） · 测试平台", second.Title);
        Assert.Equal("../../../compare/sangong_total/sangong_total.csv", second.QuerySelector(".downloads a[download]")!.GetAttribute("href"));
        Assert.Equal(["bing", "jia", "yi"], Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]));
        Assert.Single(index.QuerySelectorAll("a"), a => a.TextContent == "“三公”经费");
    }

    [Fact]
    public void A_table_that_fits_one_page_has_no_pager()
    {
        using var site = Site();

        var page = Parser.ParseDocument(site.ReadOutput("compare/sangong_total/index.html"));

        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "compare/sangong_total/2")));
    }
    [Fact]
    public void A_long_listing_pager_shows_the_first_and_last_pages_and_two_either_side_of_this_one()
    {
        using var site = new TempSite();
        foreach (var slug in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
        {
            site.WithReport(slug, 2023, SampleReports.WithTables);
        }

        Assert.True(site.Build(listingPageSize: 1).Succeeded);
        string[] Pager(string path) => [.. Parser.ParseDocument(site.ReadOutput(path)).QuerySelectorAll("nav.pager li").Select(li => li.TextContent)];

        Assert.Equal(["1", "2", "3", "…", "8", "下一页"], Pager("compare/sangong_total/index.html"));
        Assert.Equal(["上一页", "1", "…", "3", "4", "5", "6", "7", "8", "下一页"], Pager("compare/sangong_total/5/index.html"));
        Assert.Equal(["上一页", "1", "…", "6", "7", "8"], Pager("compare/sangong_total/8/index.html"));
    }
}
