using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Comparison;

/// <summary>Two years of one department, both with tables: lines that stay, appear and disappear.</summary>
public sealed class YearOverYearPageTests
{
    private static readonly HtmlParser Parser = new();

    private static string Year(int year, string t02Rows, string sangongActual, string extra = "") => $$"""
        title: 测试市机关事务局{{year}}年度部门决算
        kinds: [决算]
        source: {title: 测试{{year}}, file: sources/{{year}}.txt}
        {{extra}}
        tables:
          t01:
            title: 收入支出决算总表
            code: 公开01表
            income:
              - [1, 本年收入合计, 100.00]
              - [2, 总计, {{(year == 2022 ? "100.00" : "90.00")}}]
            expenditure:
              - [3, 本年支出合计, 100.00]
          t02:
            title: 收入决算表
            code: 公开02表
            rows:
        {{t02Rows}}
          t09:
            title: 财政拨款“三公”经费支出决算表
            code: 公开09表
            actual: {{sangongActual}}
        """;

    private static TempSite TwoYears()
    {
        var site = new TempSite()
            .WithReport("ceshi", 2022, Year(2022,
                "      - [null, 合计, 100.00, 100.00, 0, 0, 0, 0, 0]\n      - [\"2010301\", 行政运行, 60.00, 60.00, 0, 0, 0, 0, 0]\n      - [\"2010302\", 一般行政管理事务, 40.00, 40.00, 0, 0, 0, 0, 0]",
                "{total: 10.00, overseas: 0, vehicles: 8.00, vehicle_purchase: 0, vehicle_operation: 8.00, reception: 2.00}"))
            .WithReport("ceshi", 2023, Year(2023,
                "      - [null, 合计, 90.00, 90.00, 0, 0, 0, 0, 0]\n      - [\"2010301\", 行政运行, 75.00, 75.00, 0, 0, 0, 0, 0]\n      - [\"2010350\", 事业运行, 15.00, 15.00, 0, 0, 0, 0, 0]",
                "{total: 5.00, overseas: 0, vehicles: 4.00, vehicle_purchase: 0, vehicle_operation: 4.00, reception: 1.00}",
                "stated_figures:\n  previous_year:\n    - {key: grand_total, change: -10.00, change_percent: -10.00, source_line: 2}"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void Each_headline_figure_shows_last_years_value_and_the_change()
    {
        using var site = TwoYears();
        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        var headline = page.QuerySelectorAll("dl.headline > div").Select(d => d.TextContent).ToArray();

        Assert.Contains("上年 100.00", headline[0]);
        Assert.Contains("−10.00（−10.00%）", headline[0]);
        Assert.Contains("部门文中所述", headline[0]);
        Assert.Contains("上年 10.00", headline[3]);
        Assert.Contains("−5.00（−50.00%）", headline[3]);
    }

    [Fact]
    public void Every_table_line_is_set_beside_last_years_and_new_and_vanished_lines_are_marked()
    {
        using var site = TwoYears();
        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        var rows = page.QuerySelectorAll("#yoy-t02 + .table-scroll tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.TextContent.Trim(), Cells: r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray(), r.ClassName))
            .ToArray();

        Assert.Equal(["合计", "2010301 行政运行", "2010350 事业运行", "2010302 一般行政管理事务"], rows.Select(r => r.Name));
        Assert.Equal(["75.00", "60.00", "+15.00", "+25.00%", ""], rows[1].Cells);
        Assert.Equal("line-added", rows[2].ClassName);
        Assert.Equal("本年新增", rows[2].Cells[4]);
        Assert.Equal("line-removed", rows[3].ClassName);
        Assert.Equal(["", "40.00", "", "", "上年有，本年无"], rows[3].Cells);
        Assert.Equal("#t02-2010301", page.QuerySelector("#yoy-t02 + .table-scroll tbody tr:nth-child(2) th a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_first_year_has_no_previous_report_and_says_so()
    {
        using var site = TwoYears();
        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2022/index.html"));

        Assert.Null(page.QuerySelector("#yoy-t02"));
        Assert.Empty(page.QuerySelectorAll("dl.headline .yoy"));
    }

    [Fact]
    public void The_department_page_draws_the_trend_of_both_years()
    {
        using var site = TwoYears();
        var page = Parser.ParseDocument(site.ReadOutput("ceshi/index.html"));

        var svg = page.QuerySelector("#trends svg[role=img]")!;
        Assert.Equal("收支与支出历年变化", svg.QuerySelector("title")!.TextContent);
        Assert.Equal(["2022年", "2023年"], page.QuerySelectorAll("#trends table.data thead th").Skip(1).Take(2).Select(t => t.TextContent));
    }
}
