using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Build.Tests.Support;

namespace Portal.Browser.Tests;

/// <summary>A reader typing into the search page in Chromium, through the interface contract of issue 4.</summary>
public sealed class SearchBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Done = "() => /找到|没有|约/.test(document.getElementById('search-status').textContent)";

    private static async Task<string[]> ResultLinksAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#search-results > li > a.result-title", "links => links.map(a => a.href)");

    /// <summary>Selects the filter option whose label (before its count) is <paramref name="label"/>.</summary>
    private static async Task SelectFilterAsync(IPage page, string select, string label) =>
        await page.EvaluateAsync("([s, l]) => { const e = document.querySelector(s); e.value = [...e.options].find(o => o.dataset.label === l).value; e.dispatchEvent(new Event('change')); }", new[] { select, label });

    private static async Task WaitForResultsAsync(IPage page) => await page.WaitForFunctionAsync(Done);

    private async Task<IPage> TypeAsync(string query)
    {
        var page = await site.OpenAsync("search/");
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await WaitForResultsAsync(page);
        await page.WaitForFunctionAsync("q => document.getElementById('search-input').value === q && /找到|没有|约/.test(document.getElementById('search-status').textContent)", query);
        return page;
    }

    [Fact]
    public async Task Typing_a_chinese_phrase_lists_the_reports_with_deep_links_and_highlighted_snippets()
    {
        var page = await TypeAsync("公务接待");
        while (await page.EvaluateAsync<bool>(ClickMore))
        {
            await page.WaitForFunctionAsync("() => document.getElementById('search-more').hidden");
        }

        var links = await ResultLinksAsync(page);
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "huaihua-jiguan-shiwu/2023/#", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "panzhihua-jiguan-shiwu/2022/#", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "glossary/", StringComparison.Ordinal));
        Assert.All(await page.Locator("#search-results > li").AllAsync(), async item => Assert.Equal("公务接待", await item.Locator("mark").First.InnerTextAsync()));
        Assert.Equal($"找到 {links.Length} 个页面", (await page.Locator("#search-status").InnerTextAsync()).Trim());
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));
    }

    [Fact]
    public async Task A_query_in_the_address_shows_its_results_on_load_and_a_code_lands_on_its_table_row()
    {
        var page = await site.OpenAsync("search/?q=2010301");
        await WaitForResultsAsync(page);

        // The report's table row ranks first among the department-year pages (the code's own classification page may lead).
        var first = (await ResultLinksAsync(page)).First(l => Regex.IsMatch(l, @"/\d{4}/#"));
        Assert.Matches(@"/\d{4}/#t0\d-2010301$", first);
        Assert.Equal("2010301", await page.InputValueAsync("#search-input"));

        await page.Locator($"#search-results a[href$='{new Uri(first).Fragment}']").First.ClickAsync();
        var row = page.Locator(new Uri(page.Url).Fragment);
        Assert.Contains("行政运行", await row.InnerTextAsync());
    }

    [Fact]
    public async Task A_substring_inside_a_word_and_a_single_character_are_found()
    {
        var inside = await TypeAsync("运行经");
        Assert.NotEmpty(await ResultLinksAsync(inside));
        Assert.Contains("运行经", await inside.Locator("#search-results mark").First.InnerTextAsync());

        var single = await TypeAsync("渌");
        Assert.Contains(await ResultLinksAsync(single), l => l.Contains("zhuzhou-lukou-jiguan-shiwu/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_match_in_a_title_ranks_above_matches_in_running_text()
    {
        var page = await TypeAsync("株洲市渌口区机关事务服务中心");

        var links = await ResultLinksAsync(page);
        Assert.StartsWith(site.BaseUrl + "zhuzhou-lukou-jiguan-shiwu/", links[0]);
    }

    [Fact]
    public async Task Results_can_be_filtered_by_department_and_year()
    {
        var page = await TypeAsync("机关运行经费");
        var all = await ResultLinksAsync(page);

        await SelectFilterAsync(page, "#search-department", "攀枝花市机关事务服务中心");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search-results a')].every(a => a.href.includes('panzhihua'))");
        await WaitForResultsAsync(page);
        var panzhihua = await ResultLinksAsync(page);
        await SelectFilterAsync(page, "#search-year", "2021年");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search-results a')].every(a => a.href.includes('/2021/'))");
        var year = await ResultLinksAsync(page);

        Assert.True(all.Length > panzhihua.Length && panzhihua.Length > year.Length && year.Length == 1, $"{all.Length} > {panzhihua.Length} > {year.Length}");
        Assert.Contains("department=", page.Url);
    }

    [Fact]
    public async Task From_any_page_the_search_box_leads_to_the_results_and_the_keyboard_reaches_them()
    {
        var page = await site.OpenAsync("huaihua-jiguan-shiwu/2023/");
        await page.Locator("form.site-search input").FillAsync("三公经费");
        var navigated = page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q="), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await WaitForResultsAsync(page);

        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.closest('#search-results') ? document.activeElement.href : ''");
        Assert.StartsWith(site.BaseUrl, focused);
        var opened = page.WaitForURLAsync(focused, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await opened;
        var target = new Uri(page.Url).Fragment;
        Assert.True(target.Length == 0 || await page.Locator($"[id='{target[1..]}']").CountAsync() == 1, page.Url);
    }

    [Fact]
    public async Task Searching_requests_only_files_of_the_site()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString("物业管理费"));
        await WaitForResultsAsync(page);

        Assert.NotEmpty(await ResultLinksAsync(page));
        Assert.All(requests, url => Assert.StartsWith(site.BaseUrl, url));
        Assert.Contains(requests, url => url.Contains("/search/k/", StringComparison.Ordinal));
    }

    /// <summary>Chinese queries a reader might type; tests/search-comparison runs Pagefind on the same list.</summary>
    public static IReadOnlyList<string> Queries { get; } = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "search-comparison", "queries.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToArray();

    private const string ClickMore = "() => { const more = document.getElementById('search-more'); if (more.hidden) return false; more.click(); return true; }";

    [Fact]
    public async Task Every_page_whose_visible_text_contains_a_query_is_listed_for_it()
    {
        var truth = new Dictionary<string, string>();
        var probe = await site.OpenAsync(string.Empty);
        // Every page of the site, except those the index leaves out on purpose (data-search-skip: the search page
        // itself and the source-document transcripts, whose text is the report's own; the compare and classification tables).
        foreach (var path in site.PagePaths)
        {
            await probe.GotoAsync(site.BaseUrl + path);
            if (await probe.Locator("main[data-search-skip]").CountAsync() == 0)
            {
                // Elements marked data-search-skip inside a page (the department × year tables) are left out too.
                truth[site.BaseUrl + path] = await probe.EvaluateAsync<string>(
                    "() => { document.querySelectorAll('main [data-search-skip]').forEach(e => e.remove()); return document.querySelector('main').innerText; }");
            }
        }

        Assert.True(truth.Count > 100, $"{truth.Count} pages");

        Assert.True(Queries.Count >= 30, $"{Queries.Count} queries");
        var page = await site.OpenAsync("search/");
        foreach (var query in Queries)
        {
            await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString(query));
            await WaitForResultsAsync(page);
            // "More" is clicked in the page: the script may hide it between a visibility check and a click.
            while (true)
            {
                var count = await page.Locator("#search-results > li").CountAsync();
                if (!await page.EvaluateAsync<bool>(ClickMore))
                {
                    break;
                }

                // Until that page of results is in: the button is disabled while it is verified.
                await page.WaitForFunctionAsync("n => !document.getElementById('search-more').disabled && (document.querySelectorAll('#search-results > li').length > n || document.getElementById('search-more').hidden)", count);
            }

            var found = (await ResultLinksAsync(page)).Select(l => l.Split('#')[0]).ToHashSet();
            var expected = truth.Where(t => t.Value.Contains(query, StringComparison.Ordinal)).Select(t => t.Key).ToHashSet();
            Assert.True(expected.SetEquals(found), $"“{query}”: expected {string.Join(", ", expected)}; found {string.Join(", ", found)}");
        }
    }

    [Fact]
    public async Task Every_hit_in_a_page_is_listed_under_it_and_lands_on_an_element_holding_the_query()
    {
        var page = await TypeAsync("公务接待");
        var report = page.Locator("#search-results > li").Filter(new() { Has = page.Locator("a.result-title[href*='huaihua-jiguan-shiwu/2023/']") });

        var hits = await report.Locator("ol.result-hits > li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var meta = await report.Locator(".result-meta").InnerTextAsync();
        Assert.True(hits.Length > 1, $"{hits.Length} hits");
        Assert.Contains($"本页 {hits.Length} 处", meta);
        var target = await site.OpenAsync("huaihua-jiguan-shiwu/2023/");
        foreach (var hit in hits)
        {
            var id = Uri.UnescapeDataString(new Uri(hit).Fragment.TrimStart('#'));
            Assert.True(id.Length > 0, hit);
            // textContent, not innerText: a hit may sit in the folded 数据核对 list, which following the link unfolds (report.js).
            var text = await target.EvaluateAsync<string>("id => document.getElementById(id)?.textContent ?? ''", id);
            Assert.True(text.Contains("公务接待", StringComparison.Ordinal), $"{hit}: \"{text}\"");
        }
    }

    [Fact]
    public async Task Each_filter_option_says_how_many_results_it_shows()
    {
        var page = await TypeAsync("机关运行经费");
        var label = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#search-department option')].find(o => o.dataset.label === '攀枝花市机关事务服务中心').text");
        var stated = int.Parse(Regex.Match(label, @"（(\d+)）$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var all = await page.EvaluateAsync<string>("() => document.querySelector('#search-department option[value=\"\"]').text");
        Assert.Equal($"全部部门（{(await ResultLinksAsync(page)).Length}）", all);

        await SelectFilterAsync(page, "#search-department", "攀枝花市机关事务服务中心");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search-results a.result-title')].every(a => a.href.includes('panzhihua'))");
        await WaitForResultsAsync(page);

        Assert.Equal(stated, (await ResultLinksAsync(page)).Length);
        Assert.True(stated > 0);
    }

    [Fact]
    public async Task Opened_from_disk_the_search_page_says_why_it_cannot_search_and_how_to()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "search", "index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("公务接待"));

        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
        var status = await page.Locator("#search-status").InnerTextAsync();
        Assert.Contains("file://", status);
        Assert.Contains("portal serve", status);
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
    }
}
