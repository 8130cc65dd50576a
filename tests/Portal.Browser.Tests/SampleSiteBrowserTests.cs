using Microsoft.Playwright;

namespace Portal.Browser.Tests;

public sealed class SampleSiteBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Huaihua2023 = "huaihua-jiguan-shiwu/2023/";

    /// <summary>What the element shows, without the words of a 数据核对 marker inside it.</summary>
    private static async Task<string> TextAsync(IPage page, string selector) =>
        (await page.Locator(selector).First.EvaluateAsync<string>("e => { const c = e.cloneNode(true); c.querySelectorAll('.finding-marker').forEach(m => m.remove()); return c.textContent; }")).Trim();

    [Fact]
    public async Task The_home_page_lists_every_department_with_its_headline_figures()
    {
        var page = await site.OpenAsync(string.Empty);

        Assert.Equal(5, await page.Locator("article.department-card").CountAsync());
        var huaihua = page.Locator("#huaihua-jiguan-shiwu tbody tr").First;
        Assert.Equal("2023年", (await huaihua.Locator("th").InnerTextAsync()).Trim());
        Assert.Equal("3865.52", (await huaihua.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Equal("74.85", (await huaihua.Locator("td").Nth(3).InnerTextAsync()).Trim());
        Assert.Equal(2, await page.Locator("#panzhihua-jiguan-shiwu tbody tr").CountAsync());
    }

    [Fact]
    public async Task The_huaihua_2023_report_shows_the_figures_of_its_nine_tables()
    {
        var page = await site.OpenAsync(Huaihua2023);

        Assert.Equal("怀化市机关事务管理局 2023年度 · 部门决算公开平台", await page.TitleAsync());
        var grandTotal = page.Locator("#t01 tbody tr", new() { HasText = "总计" }).Last;
        Assert.Equal("3865.52", (await grandTotal.Locator("td.num").First.InnerTextAsync()).Trim());
        Assert.Equal("721.32", await TextAsync(page, "#t02-2010301 td.num"));
        Assert.Equal("行政运行", await TextAsync(page, "#t03-2010301 th.name"));
        Assert.Equal("922.207", await TextAsync(page, "#t06-301 + td + td"));
        Assert.Contains("本表无数据", await TextAsync(page, "#t07"));
        var sangong = page.Locator("#t09-values td");
        Assert.Equal("4.00", (await sangong.Nth(0).InnerTextAsync()).Trim());
        Assert.StartsWith("74.85", (await sangong.Nth(6).InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(7, await page.Locator("#perf section.project").CountAsync());
    }

    [Fact]
    public async Task Every_table_of_contents_link_lands_on_an_element_of_the_page()
    {
        foreach (var path in new[] { Huaihua2023, "panzhihua-jiguan-shiwu/2022/", "panzhihua-jiguan-shiwu/2021/", "zhuzhou-lukou-jiguan-shiwu/2022/", "zhuzhou-shifeng-jiguan-shiwu/2023/" })
        {
            var page = await site.OpenAsync(path);
            var anchors = await page.EvalOnSelectorAllAsync<string[]>("nav.toc a", "links => links.map(a => a.getAttribute('href').slice(1))");
            Assert.NotEmpty(anchors);
            foreach (var anchor in anchors)
            {
                Assert.True(await page.Locator($"[id='{anchor}']").CountAsync() == 1, $"{path}#{anchor} has no single target");
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_375px_phone_the_page_does_not_scroll_sideways_and_wide_tables_scroll_in_their_box()
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t02", width: 375, height: 800);

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 375, $"the page is {pageWidth}px wide");
        var box = page.Locator("#t02 .table-scroll");
        var (scroll, client) = (await box.EvaluateAsync<int>("e => e.scrollWidth"), await box.EvaluateAsync<int>("e => e.clientWidth"));
        Assert.True(scroll > client, "the 公开02表 box should scroll horizontally on a phone");
    }

    [Fact]
    public async Task No_request_leaves_the_site_and_chinese_is_literal_in_the_html()
    {
        var requests = new List<string>();
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);

        foreach (var path in new[] { string.Empty, "huaihua-jiguan-shiwu/", Huaihua2023, Huaihua2023 + "source/", "glossary/" })
        {
            var response = await page.GotoAsync(site.BaseUrl + path);
            var html = await response!.TextAsync();
            Assert.Contains("怀化市机关事务管理局", html);
            Assert.DoesNotContain("&#x", html);
        }

        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(site.BaseUrl, url));
    }

    [Fact]
    public async Task A_section_links_to_the_line_of_the_published_source_where_it_is_printed()
    {
        var page = await site.OpenAsync(Huaihua2023);

        await page.Locator("#t01 a.source-ref").ClickAsync();

        Assert.Matches(@"/source/#L\d+$", page.Url);
        var line = page.Locator(new Uri(page.Url).Fragment);
        Assert.Contains("收入支出决算总表", await line.InnerTextAsync());
    }
}
