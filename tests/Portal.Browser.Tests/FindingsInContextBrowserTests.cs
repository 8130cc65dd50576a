using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>Issue 18: findings where the numbers are, the phone forms of wide tables, and every page type at 375 and 1280 px.</summary>
public sealed partial class FindingsInContextBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Huaihua2023 = "huaihua-jiguan-shiwu/2023/";

    public static TheoryData<int> Widths => new() { 375, 1280 };

    private static readonly string[] ReportsWithFindings =
        [Huaihua2023, "panzhihua-jiguan-shiwu/2022/", "panzhihua-jiguan-shiwu/2021/", "zhuzhou-lukou-jiguan-shiwu/2022/", "zhuzhou-shifeng-jiguan-shiwu/2023/", "putuo-shegongbu/2024/"];

    /// <summary>One page of each type: home, department, report (湖南 and 上海 templates), source, compare, classification, checks, data, glossary, search, 404.</summary>
    private static readonly string[] PageOfEachType =
    [
        string.Empty, "huaihua-jiguan-shiwu/", Huaihua2023, "putuo-shegongbu/2024/", Huaihua2023 + "source/", "compare/", "compare/sangong_total/",
        "classification/", "classification/function/201/", "checks/", "data/", "glossary/", "search/", "404.html",
    ];

    /// <summary>Opens every folded part of a report page the way a reader does: pressing each part's heading button.</summary>
    private static async Task UnfoldAsync(IPage page)
    {
        var folded = page.Locator(".part-toggle[aria-expanded='false']");
        for (var guard = 0; await folded.CountAsync() > 0 && guard < 20; guard++)
        {
            await folded.First.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        Assert.Equal(0, await folded.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_flagged_cell_and_paragraph_has_a_marker_in_the_tab_order_whose_focus_shows_its_message(int width)
    {
        foreach (var path in ReportsWithFindings)
        {
            var page = await site.OpenAsync(path, width: width, height: 900);
            await UnfoldAsync(page);
            var listed = await page.EvalOnSelectorAllAsync<string[]>("#checks li.finding", "items => items.map(i => i.id)");
            // What a reader can reach: flagged elements that are shown, each with its marker button in the tab order.
            var shown = await page.EvalOnSelectorAllAsync<string[][]>("[data-finding]", """
                elements => elements.filter(e => e.offsetParent !== null).map(e => {
                  const button = e.querySelector(':scope .finding-mark');
                  return [e.getAttribute('data-finding'), button && button.tabIndex >= 0 && !button.disabled && button.offsetParent !== null ? 'ok' : 'no marker'];
                })
                """);
            Assert.NotEmpty(listed);
            Assert.All(shown, s => Assert.True(s[1] == "ok", $"{path} at {width}px: {s[0]} has {s[1]}"));
            var marked = shown.SelectMany(s => s[0].Split(' ')).ToHashSet();
            var unmarked = listed.Where(id => !marked.Contains(id)).ToArray();
            Assert.True(unmarked.Length == 0, $"{path} at {width}px: findings with no shown marker: {string.Join(", ", unmarked)}");

            // Keyboard: Tab from the element before the first marker lands on it, and its message shows.
            var first = page.Locator("[data-finding] .finding-mark").Filter(new() { Visible = true }).First;
            await first.EvaluateAsync("b => { const all = [...document.querySelectorAll('a[href], button, [tabindex=\"0\"], input, select, summary')].filter(e => e.offsetParent !== null && e.tabIndex >= 0); all[all.indexOf(b) - 1].focus(); }");
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await first.EvaluateAsync<bool>("b => document.activeElement === b"), $"{path} at {width}px: Tab did not reach the first marker");
            var tip = page.Locator("#" + await first.GetAttributeAsync("aria-describedby"));
            Assert.True(await tip.IsVisibleAsync(), $"{path} at {width}px: the focused marker shows no message");
            var message = await tip.Locator(".finding-tip-item").First.InnerTextAsync();
            var back = await tip.Locator("a").First.GetAttributeAsync("href");
            Assert.Contains(back!.TrimStart('#'), listed);
            Assert.Contains(message.Split(' ', 2)[1][..10], await page.Locator(back).TextContentAsync(), StringComparison.Ordinal);
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await tip.IsVisibleAsync(), $"{path} at {width}px: Escape did not close the message");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Tapping_a_marker_opens_its_message_and_its_link_returns_to_the_finding_in_the_list()
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t09", width: 375, height: 800);
        var cell = page.Locator("#t09 .narrow-form td[data-finding]").First;

        await cell.Locator(".finding-mark").ClickAsync();
        var tip = cell.Locator(".finding-tip");
        Assert.True(await tip.IsVisibleAsync());
        Assert.Equal("true", await cell.Locator(".finding-mark").GetAttributeAsync("aria-expanded"));
        Assert.Contains("公开09表", await tip.InnerTextAsync(), StringComparison.Ordinal);
        await tip.Locator("a").ClickAsync();

        var id = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Equal(await cell.GetAttributeAsync("data-finding"), id);
        Assert.True(await page.Locator($"[id='{id}']").IsVisibleAsync(), "the finding's item in the collapsed 数据核对 list was not opened");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_checks_page_filters_from_the_address_and_writes_a_changed_filter_back_into_it()
    {
        var page = await site.OpenAsync("checks/?severity=error&department=huaihua-jiguan-shiwu", width: 1280);

        var severities = await page.EvalOnSelectorAllAsync<string[]>(".checks-report .finding", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.severity)");
        var tableCount = await page.Locator(".checks-summary tr[data-department='huaihua-jiguan-shiwu'] td[data-severity='error']").InnerTextAsync();
        Assert.Equal(int.Parse(tableCount, System.Globalization.CultureInfo.InvariantCulture), severities.Length);
        Assert.All(severities, s => Assert.Equal("error", s));
        Assert.Equal(1, await page.Locator(".checks-department:not([hidden])").CountAsync());
        Assert.Equal("error", await page.Locator("select[name='severity']").InputValueAsync());

        await page.Locator("select[name='severity']").SelectOptionAsync("rounding");
        Assert.EndsWith("checks/?department=huaihua-jiguan-shiwu&severity=rounding", page.Url, StringComparison.Ordinal);
        var rounding = await page.EvalOnSelectorAllAsync<string[]>(".checks-report .finding", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.severity)");
        Assert.NotEmpty(rounding);
        Assert.All(rounding, s => Assert.Equal("rounding", s));
        Assert.Contains($"显示 {rounding.Length} 处", await page.Locator(".checks-shown").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_sangong_table_has_items_as_rows_and_the_two_sided_tables_are_stacked()
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t09", width: 375, height: 800);

        Assert.False(await page.Locator("#t09 table.sangong").IsVisibleAsync());
        var sangong = page.Locator("#t09 table.sangong-narrow");
        Assert.True(await sangong.IsVisibleAsync());
        Assert.Equal(["项目", "预算数", "决算数"], await sangong.Locator("thead th").AllInnerTextsAsync());
        Assert.Equal(6, await sangong.Locator("tbody tr").CountAsync());
        Assert.StartsWith("74.85", await sangong.Locator("tbody tr").First.Locator("td").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await sangong.EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), "the phone form of 三公 still scrolls");

        Assert.False(await page.Locator("#t01 table.two-sided").IsVisibleAsync());
        Assert.Equal(["收入", "支出"], await page.Locator("#t01 table.two-sided-narrow caption").AllInnerTextsAsync());
        Assert.Equal(["收入", "支出"], await page.Locator("#t04 table.two-sided-narrow caption").AllInnerTextsAsync());
        await page.Context.CloseAsync();

        var desktop = await site.OpenAsync(Huaihua2023, width: 1280);
        Assert.True(await desktop.Locator("#t09 table.sangong").IsVisibleAsync());
        Assert.False(await desktop.Locator("#t09 table.sangong-narrow").IsVisibleAsync());
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_table_that_scrolls_says_so_and_keeps_its_name_column_in_view()
    {
        var page = await site.OpenAsync(Huaihua2023 + "#t02", width: 375, height: 800);
        var box = page.Locator("#t02 .table-scroll");

        Assert.True(await box.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        Assert.Equal("表格较宽，可左右滑动查看其余各栏", await page.Locator("#t02 .scroll-hint").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#t09 .scroll-hint:not([hidden])").CountAsync());
        var name = page.Locator("#t02-2010104 th.name");
        var before = await name.BoundingBoxAsync();
        await box.EvaluateAsync("e => e.scrollLeft = 300");
        var after = await name.BoundingBoxAsync();
        Assert.True(Math.Abs(before!.X - after!.X) < 1, $"the name column moved from {before.X} to {after.X}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_report_folds_its_parts_and_keeps_a_sticky_contents_bar()
    {
        var page = await site.OpenAsync(Huaihua2023, width: 375, height: 800);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");

        Assert.True(height < 12000, $"the folded report is {height}px tall");
        Assert.Equal("false", await page.Locator("#tables > h2 > .part-toggle").GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#t02").IsVisibleAsync());
        Assert.True(await page.Locator("#checks .checks-counts").IsVisibleAsync(), "the 数据核对 summary is not folded");

        await page.Locator(".toc-sticky > summary").ClickAsync();
        await page.Locator(".toc-sticky a[href='#tables']").ClickAsync();
        // The part unfolds on hashchange, which the browser fires after the click has returned.
        try { await page.Locator("#t02").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 5000 }); }
        catch (TimeoutException) { }
        Assert.True(await page.Locator("#t02").IsVisibleAsync(), "going to a folded part did not unfold it");
        await page.EvaluateAsync("window.scrollBy(0, 3000)");
        var bar = await page.Locator(".toc-sticky").BoundingBoxAsync();
        Assert.True(bar!.Y >= -1 && bar.Y < 2, $"the contents bar is at {bar.Y}px, not stuck to the top");
        await page.Context.CloseAsync();

        var desktop = await site.OpenAsync(Huaihua2023, width: 1280);
        Assert.True(await desktop.Locator("#t02").IsVisibleAsync(), "a desktop report is folded");
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_a_contents_bar_appears_once_the_contents_scroll_away_and_marks_the_part_being_read()
    {
        var page = await site.OpenAsync(Huaihua2023, width: 1280, height: 900);
        var bar = page.Locator(".toc-bar");
        Assert.False(await bar.IsVisibleAsync(), "the bar shows while the 目录 itself is in view");

        await page.Locator("#tables").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("document.getElementById('t05').scrollIntoView()");
        await bar.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 5000 });
        var box = await bar.BoundingBoxAsync();
        Assert.True(box!.Y is >= -1 and < 1 && box.Height < 80, $"the bar is at {box.Y}px, {box.Height}px tall");
        await page.WaitForFunctionAsync("() => document.querySelector('.toc-bar a[aria-current]')?.getAttribute('href') === '#tables'", null, new PageWaitForFunctionOptions { Timeout = 5000 });
        Assert.Equal(1, await page.Locator(".toc-bar a[aria-current]").CountAsync());

        // Jumping from the bar lands the part's heading below the bar, not under it.
        await page.Locator(".toc-bar a[href='#explanation']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.toc-bar a[aria-current]')?.getAttribute('href') === '#explanation'", null, new PageWaitForFunctionOptions { Timeout = 5000 });
        var heading = await page.Locator("#explanation > h2").BoundingBoxAsync();
        var barNow = await bar.BoundingBoxAsync();
        Assert.True(heading!.Y >= barNow!.Y + barNow.Height - 1, $"the heading at {heading.Y}px is under the bar ending at {barNow.Y + barNow.Height}px");

        // Its label goes back to the full 目录.
        await page.Locator(".toc-bar-label").ClickAsync();
        await bar.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 5000 });
        Assert.True(await page.Locator("nav.toc").IsVisibleAsync());
        await page.Context.CloseAsync();

        var phone = await site.OpenAsync(Huaihua2023, width: 375, height: 800);
        await phone.EvaluateAsync("window.scrollBy(0, 3000)");
        await phone.WaitForTimeoutAsync(200);
        Assert.False(await phone.Locator(".toc-bar").IsVisibleAsync(), "a phone shows the desktop bar as well as its own");
        await phone.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_page_type_has_no_wcag_21_aa_violation(int width)
    {
        var problems = new List<string>();
        foreach (var path in PageOfEachType)
        {
            var page = await site.OpenAsync(path, width: width, height: 900);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            problems.AddRange(result.Violations.Select(v => $"{(path.Length == 0 ? "home" : path)}: {v.Id} ({v.Nodes.Length}× e.g. {v.Nodes[0].Html[..Math.Min(120, v.Nodes[0].Html.Length)]})"));
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_internal_link_and_anchor_of_every_page_type_resolves()
    {
        using var http = new HttpClient();
        var ids = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        async Task<HashSet<string>?> IdsOf(string url)
        {
            if (!ids.TryGetValue(url, out var known))
            {
                using var response = await http.GetAsync(url);
                known = response.IsSuccessStatusCode
                    ? Id().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal)
                    : null;
                ids[url] = known;
            }

            return known;
        }

        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var path in PageOfEachType)
        {
            var page = await site.OpenAsync(path, width: 1280);
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var link in links.Distinct().Where(l => l.StartsWith(site.BaseUrl, StringComparison.Ordinal)))
            {
                var uri = new Uri(link);
                var target = uri.GetLeftPart(UriPartial.Query);
                var found = await IdsOf(target);
                checkedLinks++;
                if (found is null)
                {
                    broken.Add($"{path} → {link} (no page)");
                }
                else if (uri.Fragment.Length > 1 && !found.Contains(Uri.UnescapeDataString(uri.Fragment[1..])))
                {
                    broken.Add($"{path} → {link} (no such anchor)");
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(checkedLinks > 500, $"only {checkedLinks} links were followed");
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(30)));
    }

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    /// <summary>Not an assertion: each page type at both widths, for a person to look at (PORTAL_SCREENSHOTS=folder).</summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Each_page_type_renders_at_phone_and_desktop_width(int width)
    {
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        foreach (var path in PageOfEachType)
        {
            var page = await site.OpenAsync(path, width: width, height: 900);
            Assert.True(await page.Locator("main h1").First.IsVisibleAsync(), $"{path} shows no heading");
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
                var name = path.Length == 0 ? "home" : path.Trim('/').Replace('/', '_');
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = width == 375 && path != Huaihua2023 });
            }

            await page.Context.CloseAsync();
        }

        if (!string.IsNullOrEmpty(folder))
        {
            var report = await site.OpenAsync(Huaihua2023 + "#t09", width: width, height: 900);
            await report.Locator("#t09 .finding-mark").Filter(new() { Visible = true }).First.FocusAsync();
            await report.Locator("#t09").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t09-focused-{width}.png") });
            await report.GotoAsync(site.BaseUrl + Huaihua2023 + "#t01");
            await report.Locator("#t01").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-t01-{width}.png") });
            await report.GotoAsync(site.BaseUrl + Huaihua2023 + "#checks");
            await report.Locator("#checks").ScreenshotAsync(new() { Path = Path.Combine(folder, $"report-checks-{width}.png") });
            await report.Context.CloseAsync();
        }
    }
}
