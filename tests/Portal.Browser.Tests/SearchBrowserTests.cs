using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Build.Tests.Support;

namespace Portal.Browser.Tests;

/// <summary>A reader typing into the search page in Chromium, through the interface contract of issue 4.</summary>
public sealed class SearchBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Done = "() => /找到|没有|约/.test(document.getElementById('search-status').textContent)";

    private static async Task<string[]> ResultLinksAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#search-results a", "links => links.map(a => a.href)");

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

        var links = await ResultLinksAsync(page);
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "huaihua-jiguan-shiwu/2023/#", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "panzhihua-jiguan-shiwu/2022/#", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith(site.BaseUrl + "glossary/", StringComparison.Ordinal));
        Assert.All(await page.Locator("#search-results li").AllAsync(), async item => Assert.Equal("公务接待", await item.Locator("mark").First.InnerTextAsync()));
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

        await page.SelectOptionAsync("#search-department", new SelectOptionValue { Label = "攀枝花市机关事务服务中心" });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search-results a')].every(a => a.href.includes('panzhihua'))");
        await WaitForResultsAsync(page);
        var panzhihua = await ResultLinksAsync(page);
        await page.SelectOptionAsync("#search-year", new SelectOptionValue { Label = "2021年" });
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
                var count = await page.Locator("#search-results li").CountAsync();
                if (!await page.EvaluateAsync<bool>(ClickMore))
                {
                    break;
                }

                await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length > n || document.getElementById('search-more').hidden", count);
            }

            var found = (await ResultLinksAsync(page)).Select(l => l.Split('#')[0]).ToHashSet();
            var expected = truth.Where(t => t.Value.Contains(query, StringComparison.Ordinal)).Select(t => t.Key).ToHashSet();
            Assert.True(expected.SetEquals(found), $"“{query}”: expected {string.Join(", ", expected)}; found {string.Join(", ", found)}");
        }
    }
}
