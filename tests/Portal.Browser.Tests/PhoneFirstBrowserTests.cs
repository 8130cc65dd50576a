using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>Issue 18, item 1 "Phone first": the site read on a 375 px phone and a 1280 px desktop.</summary>
public sealed class PhoneFirstBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Huaihua2023 = "huaihua-jiguan-shiwu/2023/";

    public static TheoryData<int> Widths => new() { 375, 1280 };

    /// <summary>One page of each type: home, department, report, source, compare, classification, checks, data, glossary, search.</summary>
    private static readonly string[] PageOfEachType =
    [
        string.Empty, "huaihua-jiguan-shiwu/", Huaihua2023, "putuo-shegongbu/2024/", "panzhihua-jiguan-shiwu/2022/",
        Huaihua2023 + "source/", "compare/", "compare/sangong_total/", "compare/function-210/", "classification/",
        "classification/function/201/", "checks/", "data/", "glossary/", "search/",
    ];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_header_menu_item_is_on_one_line(int width)
    {
        foreach (var path in new[] { string.Empty, Huaihua2023, "search/" })
        {
            var page = await site.OpenAsync(path, width: width, height: 800);
            var broken = await page.EvalOnSelectorAllAsync<string[]>(".site-nav a", """
                links => links.filter(a => {
                  const range = document.createRange();
                  range.selectNodeContents(a);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  const lineHeight = parseFloat(getComputedStyle(a).lineHeight);
                  return lines.size !== 1 || a.getBoundingClientRect().height > lineHeight * 1.2;
                }).map(a => a.textContent.trim())
                """);
            Assert.True(broken.Length == 0, $"{path} at {width}px: menu items on more than one line: {string.Join("、", broken)}");
            Assert.True(await page.Locator(".site-nav a").CountAsync() >= 6);
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_page_of_any_type_scrolls_sideways(int width)
    {
        var wide = new List<string>();
        foreach (var path in PageOfEachType)
        {
            var page = await site.OpenAsync(path, width: width, height: 800);
            var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"),
                await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            if (scroll > client)
            {
                wide.Add($"{(path.Length == 0 ? "home" : path)} is {scroll}px wide in {client}px");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(wide.Count == 0, string.Join("; ", wide));
    }

    [Fact]
    public async Task On_a_375px_phone_no_page_of_the_whole_site_scrolls_sideways()
    {
        var wide = new List<string>();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        foreach (var path in site.PagePaths)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var excess = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (excess > 0)
            {
                wide.Add($"{(path.Length == 0 ? "home" : path)} by {excess}px");
            }
        }

        Assert.True(site.PagePaths.Count > 100, $"only {site.PagePaths.Count} pages were built");
        Assert.True(wide.Count == 0, "pages wider than the phone: " + string.Join("; ", wide));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_wide_table_that_overflows_on_a_phone_shows_an_edge_shadow_and_keeps_its_code_column_in_view()
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t02", width: 375, height: 800);
        var box = page.Locator("#t02 .table-scroll");

        Assert.True(await box.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "公开02表 should overflow its box at 375px");
        var background = await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        var attachment = await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundAttachment");
        Assert.Contains("gradient", background);
        Assert.Contains("local", attachment);
        Assert.Contains("scroll", attachment);

        var code = page.Locator("#t02-2010104 td.code");
        Assert.Equal("sticky", await code.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        var before = await code.BoundingBoxAsync();
        await box.EvaluateAsync("e => e.scrollLeft = 300");
        var after = await code.BoundingBoxAsync();
        Assert.True(Math.Abs(before!.X - after!.X) < 1, $"the code column moved from {before.X} to {after.X} when the table scrolled");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await code.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Theory]
    [InlineData(Huaihua2023, "#t09")]
    [InlineData("putuo-shegongbu/2024/", "section#sangong-table")]
    public async Task The_sangong_table_is_fully_visible_on_a_1280px_screen(string path, string section)
    {
        var page = await site.OpenAsync(path, width: 1280, height: 900);
        var box = page.Locator(section + " .table-scroll").First;

        var (scroll, client) = (await box.EvaluateAsync<int>("e => e.scrollWidth"), await box.EvaluateAsync<int>("e => e.clientWidth"));
        Assert.True(scroll <= client, $"the 三公 table is {scroll}px wide in a {client}px box");
    }

    [Theory]
    [InlineData("", "table.headline-table thead th")]
    [InlineData("huaihua-jiguan-shiwu/", "#years table tbody td:nth-child(2)")]
    [InlineData("classification/function/201/", "table.classification tbody th")]
    [InlineData(Huaihua2023 + "#t01", "#t01 .narrow-form tbody th.item")]
    [InlineData("putuo-shegongbu/2024/#summary-table", "section#summary-table .narrow-form tbody th.item")]
    public async Task On_a_375px_phone_no_text_column_is_narrower_than_four_characters(string path, string cells)
    {
        var page = await site.OpenAsync(path, width: 375, height: 800);

        var narrow = await page.EvalOnSelectorAllAsync<string[]>(cells, """
            cells => cells.filter(c => c.textContent.trim().length >= 4)
              .filter(c => { const s = getComputedStyle(c);
                return c.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) < 4 * parseFloat(s.fontSize) - 0.5; })
              .map(c => c.textContent.trim() + " " + Math.round(c.getBoundingClientRect().width) + "px")
            """);
        Assert.True(await page.Locator(cells).CountAsync() > 0, $"{cells} matched nothing on {path}");
        Assert.True(narrow.Length == 0, $"{path}: columns narrower than 4 characters: {string.Join("; ", narrow)}");
    }

    /// <summary>Not an assertion: the report page at both widths, for a person to look at (PORTAL_SCREENSHOTS=folder).</summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_report_page_renders_at_phone_and_desktop_width(int width)
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t02", width: width, height: 900);
        Assert.True(await page.Locator("#t02 table").IsVisibleAsync());
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-{width}.png"), FullPage = true });
            await page.Locator("#t01").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t01-{width}.png") });
            await page.Locator("#t02").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t02-{width}.png") });
            await page.Locator("#t09").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t09-{width}.png") });
            await page.Locator("#t02 .table-scroll").EvaluateAsync("e => e.scrollLeft = 300");
            await page.Locator("#t02").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t02-scrolled-{width}.png") });
        }
    }
}
