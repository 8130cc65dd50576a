using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>Charts, year-over-year and the compare pages of the sample site, as a reader's browser shows them.</summary>
public sealed class ComparisonBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Panzhihua2022 = "panzhihua-jiguan-shiwu/2022/";

    [Theory]
    // 图1/图4/图5 of 怀化 2023 and 攀枝花 2021 come from the changes their text states (the site has no report of the year before).
    [InlineData("huaihua-jiguan-shiwu/2023/", new[] { "图1 收、支决算总计变动情况", "图2 收入决算结构", "图3 支出决算结构", "图4 财政拨款收支总计变动情况", "图6 一般公共预算财政拨款支出决算结构（按功能分类类级科目）", "图7 “三公”经费支出结构" })]
    [InlineData(Panzhihua2022, new[] { "图1 收、支决算总计变动情况", "图3 支出决算结构", "图4 财政拨款收支总计变动情况", "图5 一般公共预算财政拨款支出变动情况", "图7 “三公”经费支出结构" })]
    [InlineData("panzhihua-jiguan-shiwu/2021/", new[] { "图1 收、支决算总计变动情况", "图3 支出决算结构", "图4 财政拨款收支总计变动情况", "图5 一般公共预算财政拨款支出变动情况", "图7 “三公”经费支出结构" })]
    [InlineData("zhuzhou-lukou-jiguan-shiwu/2022/", new[] { "图3 支出决算结构" })]
    [InlineData("zhuzhou-shifeng-jiguan-shiwu/2023/", new[] { "图3 支出决算结构" })]
    public async Task Every_report_shows_the_charts_its_figures_allow_visible_and_named(string path, string[] names)
    {
        var page = await site.OpenAsync(path);

        // The wide drawing of each chart (a 1280 px window; the narrow one is for phones).
        var charts = page.Locator("#charts svg.chart-wide[role=img]");
        Assert.Equal(names.Length, await charts.CountAsync());
        for (var i = 0; i < names.Length; i++)
        {
            var chart = charts.Nth(i);
            await chart.ScrollIntoViewIfNeededAsync();
            Assert.True(await chart.IsVisibleAsync(), names[i] + " is not visible");
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 50 }, $"{names[i]} is {box?.Width}×{box?.Height}");
            Assert.Equal(1, await page.GetByRole(AriaRole.Img, new() { Name = names[i], Exact = true }).CountAsync());
            Assert.Equal(1, await chart.Locator("xpath=ancestor::figure//table").CountAsync());
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_chart_label_overlaps_another_label()
    {
        foreach (var path in new[] { "huaihua-jiguan-shiwu/2023/", Panzhihua2022, "panzhihua-jiguan-shiwu/", "compare/sangong_total/" })
        {
            var page = await site.OpenAsync(path);
            var overlaps = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
                  const boxes = [...svg.querySelectorAll('text')].map(t => ({ t: t.textContent, r: t.getBoundingClientRect() }));
                  const found = [];
                  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i].r, b = boxes[j].r;
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(svg.id + ': ' + boxes[i].t + ' / ' + boxes[j].t);
                  }
                  return found;
                })
                """);
            Assert.True(overlaps.Length == 0, path + ": " + string.Join("; ", overlaps));
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Panzhihua_2022_shows_2021s_figures_the_computed_change_and_the_stated_one()
    {
        var page = await site.OpenAsync(Panzhihua2022);

        var sangong = page.Locator("#yoy-sangong_total");
        var cells = (await sangong.Locator("td").AllInnerTextsAsync()).Select(t => t.Replace("\n", " ", StringComparison.Ordinal).Trim()).ToArray();
        Assert.StartsWith("250.21", cells[0], StringComparison.Ordinal);
        Assert.StartsWith("610.31", cells[1], StringComparison.Ordinal);
        Assert.Equal("−360.10", cells[2]);
        Assert.Equal("−59.00%", cells[3]);
        Assert.StartsWith("−360.10（−59%）", cells[4], StringComparison.Ordinal);
        Assert.Contains("上年 610.31", await page.Locator("dl.headline > div").Nth(3).InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_shared_compare_url_reopens_the_same_selection_and_order()
    {
        var page = await site.OpenAsync("compare/sangong_total/");
        await page.Locator("input[name=d][value=zhuzhou-lukou-jiguan-shiwu]").UncheckAsync();
        await page.Locator("input[name=d][value=zhuzhou-shifeng-jiguan-shiwu]").UncheckAsync();
        await page.Locator("input[name=d][value=putuo-shegongbu]").UncheckAsync();
        await page.Locator("#compare-table thead th[data-key='2021'] button").ClickAsync();
        await page.Locator("#compare-table thead th[data-key='2021'] button").ClickAsync();
        var shared = page.Url;
        var visible = await VisibleDepartmentsAsync(page);
        await page.Context.CloseAsync();

        Assert.Contains("sort=2021", shared, StringComparison.Ordinal);
        Assert.Contains("order=desc", shared, StringComparison.Ordinal);
        Assert.Equal(["panzhihua-jiguan-shiwu", "huaihua-jiguan-shiwu"], visible);

        var reopened = await site.OpenAsync(shared[site.BaseUrl.Length..]);
        Assert.Equal(visible, await VisibleDepartmentsAsync(reopened));
        Assert.Equal("descending", await reopened.Locator("#compare-table thead th[data-key='2021']").GetAttributeAsync("aria-sort"));
        Assert.False(await reopened.Locator("input[name=d][value=zhuzhou-lukou-jiguan-shiwu]").IsCheckedAsync());
        await reopened.Context.CloseAsync();
    }

    [Fact]
    public async Task From_the_home_page_two_clicks_reach_sangong_of_every_department_and_its_csv_downloads()
    {
        var page = await site.OpenAsync(string.Empty);
        await page.Locator("nav.site-nav a", new() { HasText = "比较" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "“三公”经费", Exact = true }).ClickAsync();

        Assert.EndsWith("compare/sangong_total/", page.Url, StringComparison.Ordinal);
        Assert.Equal(5, await page.Locator("#compare-table tbody tr").CountAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[download]", new() { HasText = "CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = File.ReadAllText(path!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.Contains("攀枝花市机关事务服务中心,panzhihua-jiguan-shiwu,2022,“三公”经费,250.21,文中所述,,", lines);
        // 上海 prints nothing spent as a blank cell: its published, empty 三公 table is 0.00 from that table, not 未公开.
        Assert.Contains("中共上海市普陀区委社会工作部,putuo-shegongbu,2024,“三公”经费,0.00,财政拨款“三公”经费支出决算表,,", lines);
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> VisibleDepartmentsAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#compare-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.dept)");

    [Fact]
    public async Task The_sort_of_a_long_compare_table_goes_along_to_its_other_pages_but_not_the_departments_chosen()
    {
        using var server = new PagedSite(("bing", 2023), ("jia", 2023), ("yi", 2023));
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "compare/sangong_total/?d=bing&sort=2023&order=desc");

        Assert.Equal(server.BaseUrl + "compare/sangong_total/2/?sort=2023&order=desc", await page.Locator("nav.pager a[rel=next]").EvaluateAsync<string>("a => a.href"));
        await page.Locator("#compare-table thead th[data-key=name] button").ClickAsync();
        Assert.Equal(server.BaseUrl + "compare/sangong_total/2/?sort=name&order=asc", await page.Locator("nav.pager a[rel=next]").EvaluateAsync<string>("a => a.href"));
        await context.CloseAsync();
    }
}
