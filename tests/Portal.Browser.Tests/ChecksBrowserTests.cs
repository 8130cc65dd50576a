namespace Portal.Browser.Tests;

public sealed class ChecksBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Clicking_a_finding_lands_on_its_table_cell_which_is_highlighted()
    {
        var page = await site.OpenAsync("huaihua-jiguan-shiwu/2023/");

        await page.Locator("#checks .findings-list > summary").ClickAsync();
        await page.Locator("#checks .finding a", new() { HasText = "公开09表 决算数公务用车购置及运行维护费小计" }).ClickAsync();

        var target = page.Locator("td:target");
        Assert.Equal(1, await target.CountAsync());
        Assert.StartsWith("74.85", (await target.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("solid", await target.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.True(await target.IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_finding_link_on_every_report_page_lands_on_one_element()
    {
        foreach (var path in new[] { "huaihua-jiguan-shiwu/2023/", "panzhihua-jiguan-shiwu/2022/", "panzhihua-jiguan-shiwu/2021/", "zhuzhou-lukou-jiguan-shiwu/2022/", "zhuzhou-shifeng-jiguan-shiwu/2023/" })
        {
            var page = await site.OpenAsync(path);
            var anchors = await page.EvalOnSelectorAllAsync<string[]>("#checks .finding a", "links => links.map(a => a.getAttribute('href').slice(1))");
            Assert.NotEmpty(anchors);
            foreach (var anchor in anchors)
            {
                Assert.True(await page.Locator($"[id='{anchor}']").CountAsync() == 1, $"{path}#{anchor} has no single target");
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_site_wide_checks_page_links_into_the_reports()
    {
        var page = await site.OpenAsync("checks/");

        Assert.Equal(5, await page.Locator(".checks-department").CountAsync());
        await page.Locator(".checks-report .finding a").First.ClickAsync();
        Assert.Contains("/huaihua-jiguan-shiwu/2023/#", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_filters_of_a_checks_page_go_along_to_its_other_pages()
    {
        using var server = new PagedSite(("jia", 2023), ("jia", 2022), ("yi", 2023));
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "checks/?year=2023");

        Assert.True(await page.Locator("#report-jia-2022").IsHiddenAsync());
        Assert.True(await page.Locator("#report-jia-2023").IsVisibleAsync());
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + "checks/2/?year=2023");
        Assert.Equal("2023", await page.Locator("select[name=year]").InputValueAsync());
        Assert.Equal(server.BaseUrl + "checks/?year=2023", await page.Locator("nav.pager a[rel=prev]").EvaluateAsync<string>("a => a.href"));
        await context.CloseAsync();
    }
}
