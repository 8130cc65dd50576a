using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>
/// Charts, search and open data as a reader meets them at 375 px and 1280 px (issue 18 items 3–5): chart text a phone
/// can read, donut legends below without zero rows, the compare chart following the department choice, downloads,
/// links and anchors that resolve, and axe-core finding no WCAG 2.1 A/AA violation.
/// </summary>
public sealed class ChartsAndDataBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Report = "huaihua-jiguan-shiwu/2023/";
    private const string Department = "panzhihua-jiguan-shiwu/";
    private const string Compare = "compare/expenditure_total/";

    public static TheoryData<string, int> ChartPages => new()
    {
        { Report, 375 }, { Report, 1280 }, { Department, 375 }, { Department, 1280 }, { Compare, 375 }, { Compare, 1280 },
    };

    /// <summary>The smallest rendered size of a visible chart's text, in CSS px: its font size times the SVG's scale.</summary>
    private const string SmallestChartText = """
        () => JSON.stringify([...document.querySelectorAll('main svg.chart')].filter(s => getComputedStyle(s).display !== 'none')
          .map(s => ({ id: s.id, px: Math.min(...[...s.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)) })))
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static async Task<T> EvaluateJsonAsync<T>(IPage page, string script) =>
        JsonSerializer.Deserialize<T>(await page.EvaluateAsync<string>(script), Json)!;

    [Theory]
    [MemberData(nameof(ChartPages))]
    public async Task Every_chart_text_is_at_least_12_css_px(string path, int width)
    {
        var page = await site.OpenAsync(path, width);

        var charts = await EvaluateJsonAsync<ChartText[]>(page, SmallestChartText);

        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.True(c.Px >= 12, $"{path} at {width}px: {c.Id} has text of {c.Px:0.0}px"));
        // One drawing of each chart is shown: the narrow one on a phone, the wide one on a desktop.
        Assert.All(charts, c => Assert.Equal(width < 640, c.Id.EndsWith("-narrow", StringComparison.Ordinal)));
    }

    public sealed record ChartText(string Id, double Px);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_donut_legend_lies_below_the_donut_on_a_phone_beside_it_on_a_desktop_and_lists_no_part_of_zero(int width)
    {
        var page = await site.OpenAsync(Report, width);

        var pies = await EvaluateJsonAsync<PieLegend[]>(page, """
            () => JSON.stringify([...document.querySelectorAll('figure.chart-pie svg.chart')].filter(s => getComputedStyle(s).display !== 'none').map(s => ({
              id: s.id,
              donutBottom: Math.max(...[...s.querySelectorAll('path')].map(p => p.getBoundingClientRect().bottom)),
              donutRight: Math.max(...[...s.querySelectorAll('path')].map(p => p.getBoundingClientRect().right)),
              legendTop: Math.min(...[...s.querySelectorAll('text')].map(t => t.getBoundingClientRect().top)),
              legendLeft: Math.min(...[...s.querySelectorAll('rect')].map(r => r.getBoundingClientRect().left)),
              legend: [...s.querySelectorAll('text.value')].map(t => t.textContent) })))
            """);

        Assert.Equal(3, pies.Length);
        Assert.All(pies, p => Assert.True(width < 640 ? p.LegendTop >= p.DonutBottom : p.LegendLeft >= p.DonutRight,
            $"{p.Id}: legend at ({p.LegendLeft}, {p.LegendTop}), donut to ({p.DonutRight}, {p.DonutBottom})"));
        Assert.All(pies, p => Assert.DoesNotContain(p.Legend, v => v.StartsWith("0.00（", StringComparison.Ordinal)));
        // 公开02表 prints 上级补助收入, 事业收入 … as 0.00: the legend of 图2 keeps only the two parts that are not.
        var fig2 = pies.Single(p => p.Id.StartsWith("fig2", StringComparison.Ordinal));
        Assert.Equal(["3618.79（93.6%）", "246.73（6.4%）"], fig2.Legend);
    }

    public sealed record PieLegend(string Id, double DonutBottom, double DonutRight, double LegendTop, double LegendLeft, string[] Legend);

    [Fact]
    public async Task Figure_1_is_drawn_from_the_change_the_report_states_and_says_so()
    {
        var page = await site.OpenAsync(Report, 1280);

        var labels = await page.Locator("#fig1 text.label").AllTextContentsAsync();
        var values = await page.Locator("#fig1 text.value").AllTextContentsAsync();

        // 怀化 2023 states 收支总计 “减少854.56万元” against 2022; the site has no 2022 report.
        Assert.Equal(["2022年（按本报告所述增减）", "2023年"], labels);
        Assert.Equal(["4720.08", "3865.52"], values);
    }

    [Fact]
    public async Task Trend_lines_that_coincide_both_stay_visible_and_use_the_width()
    {
        var page = await site.OpenAsync(Department, 1280);

        var lines = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('#trend-totals polyline')].map(l => {
              const box = l.getBoundingClientRect(), svg = l.ownerSVGElement.getBoundingClientRect();
              return [parseFloat(l.getAttribute('stroke-width')), box.width / svg.width]; })
            """);

        Assert.True(lines.Length >= 2, $"{lines.Length} lines");
        // Each later line is drawn narrower, on top: two equal lines show as a band with a line inside.
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First[0] > p.Second[0]), string.Join(", ", lines.Select(l => l[0])));
        Assert.All(lines, l => Assert.True(l[1] > 0.8, $"a line spans {l[1]:P0} of the chart"));
    }

    [Fact]
    public async Task The_compare_chart_shows_only_the_chosen_departments()
    {
        var page = await site.OpenAsync(Compare, 1280);
        var chart = page.Locator("figure[data-chart] svg.chart-wide");
        var before = await chart.EvaluateAsync<double>("s => s.getBoundingClientRect().height");
        var slug = await page.Locator("form[data-compare] input[name=d]").First.GetAttributeAsync("value");
        var bars = await chart.Locator($"g[data-series='{slug}']").CountAsync();

        await page.Locator($"form[data-compare] input[value='{slug}']").UncheckAsync();

        Assert.True(bars > 0);
        Assert.All(await chart.Locator($"g[data-series='{slug}']").AllAsync(), async g => Assert.False(await g.IsVisibleAsync()));
        Assert.True(await chart.Locator($"g[data-series]:not([data-series='{slug}'])").First.IsVisibleAsync());
        var after = await chart.EvaluateAsync<double>("s => s.getBoundingClientRect().height");
        Assert.Equal(before - bars * 40 * (await chart.EvaluateAsync<double>("s => s.getBoundingClientRect().width / s.viewBox.baseVal.width")), after, 1);
        Assert.Equal(0, await page.Locator($"figure[data-chart] tr[data-series='{slug}']:not([hidden])").CountAsync());
        Assert.Contains("d=", page.Url);
    }

    [Fact]
    public async Task A_chart_downloads_as_svg_png_and_its_data_as_csv_without_a_request_off_the_site()
    {
        var page = await site.OpenAsync(Report, 1280);
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        var figure = page.Locator("#fig2-figure");

        var svg = await DownloadAsync(page, figure.Locator("button.chart-download-svg"));
        var png = await DownloadAsync(page, figure.Locator("button.chart-download-png"));
        var csv = await DownloadAsync(page, figure.Locator("button.chart-download-csv"));

        Assert.EndsWith("图2 收入决算结构.svg", svg.Name, StringComparison.Ordinal);
        var svgText = Encoding.UTF8.GetString(svg.Bytes);
        Assert.StartsWith("<?xml", svgText, StringComparison.Ordinal);
        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", svgText);
        Assert.Contains("3618.79（93.6%）", svgText);
        Assert.Contains("font-size=\"13px\"", svgText);

        Assert.EndsWith(".png", png.Name, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Bytes[..8]);
        var pngWidth = (png.Bytes[16] << 24) | (png.Bytes[17] << 16) | (png.Bytes[18] << 8) | png.Bytes[19];
        Assert.Equal(1280, pngWidth);

        Assert.EndsWith(".csv", csv.Name, StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(csv.Bytes).Split("\r\n");
        Assert.Equal("\uFEFF项目,金额,占比", lines[0]);
        Assert.Contains("财政拨款收入,3618.79,93.6%", lines);
        Assert.All(requests, r => Assert.StartsWith(site.BaseUrl, r));
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    public static TheoryData<string, int> AxePages
    {
        get
        {
            var pages = new TheoryData<string, int>();
            foreach (var path in new[] { Report, Department, Compare, "search/?q=%E5%85%AC%E5%8A%A1%E6%8E%A5%E5%BE%85", "data/", "glossary/", "classification/function/20103/" })
            {
                pages.Add(path, 375);
                pages.Add(path, 1280);
            }

            return pages;
        }
    }

    [Theory]
    [MemberData(nameof(AxePages))]
    public async Task Axe_finds_no_wcag_a_or_aa_violation(string path, int width)
    {
        var page = await site.OpenAsync(path, width);
        if (path.StartsWith("search/", StringComparison.Ordinal))
        {
            await page.WaitForFunctionAsync("() => /找到|没有|约/.test(document.getElementById('search-status').textContent)");
        }

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });

        Assert.True(result.Violations.Length == 0, $"{path} at {width}px: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [Theory]
    [InlineData("data/")]
    [InlineData("glossary/")]
    [InlineData("classification/function/20103/")]
    [InlineData("classification/function/2010301/")]
    [InlineData(Report)]
    public void Every_link_and_anchor_of_a_page_resolves_in_the_built_site(string path)
    {
        var parser = new HtmlParser();
        var file = Path.Combine(site.Output, path, "index.html");
        var document = parser.ParseDocument(File.ReadAllText(file));
        var broken = new List<string>();
        foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct())
        {
            if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (target, fragment) = href.Split('#', 2) is [var t, var f] ? (t, f) : (href, null);
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target.Split('?')[0])));
            var targetFile = target.Length == 0 ? file : Directory.Exists(resolved) ? Path.Combine(resolved, "index.html") : resolved;
            if (!File.Exists(targetFile))
            {
                broken.Add(href);
            }
            else if (!string.IsNullOrEmpty(fragment) && targetFile.EndsWith(".html", StringComparison.Ordinal)
                && parser.ParseDocument(File.ReadAllText(targetFile)).GetElementById(Uri.UnescapeDataString(fragment)) is null)
            {
                broken.Add(href);
            }
        }

        Assert.True(broken.Count == 0, $"{path}: {string.Join(", ", broken)}");
    }

    /// <summary>Not an assertion: the chart, search and data pages at both widths, for a person to look at (PORTAL_SCREENSHOTS=folder).</summary>
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_chart_search_and_data_pages_render_at_phone_and_desktop_width(int width)
    {
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        // Opened at the chart: on a phone the report's parts are folded, and following an anchor unfolds its part.
        var page = await site.OpenAsync(Report + "#fig2-figure", width);
        Assert.True(await page.Locator("#fig2-figure").IsVisibleAsync());
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.Locator("#charts, section:has(#fig1-figure)").First.ScreenshotAsync(new() { Path = Path.Combine(folder, $"charts-report-{width}.png") });
        foreach (var (name, path) in new[] { ("department", Department), ("compare", Compare), ("data", "data/"), ("classification", "classification/function/20103/"), ("glossary", "glossary/") })
        {
            var other = await site.OpenAsync(path, width);
            await other.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = name is not ("glossary" or "department") });
        }

        var search = await site.OpenAsync("search/?q=" + Uri.EscapeDataString("公务接待"), width);
        await search.WaitForFunctionAsync("() => /找到|没有|约/.test(document.getElementById('search-status').textContent)");
        await search.ScreenshotAsync(new() { Path = Path.Combine(folder, $"search-{width}.png") });
        await search.Locator("#search-results > li").Filter(new() { Has = search.Locator("a.result-title[href*='huaihua-jiguan-shiwu/2023/']") })
            .ScreenshotAsync(new() { Path = Path.Combine(folder, $"search-hits-{width}.png") });
        var department = await site.OpenAsync(Department, width);
        await department.Locator("#trend-totals-figure").ScreenshotAsync(new() { Path = Path.Combine(folder, $"trend-{width}.png") });
        var compare = await site.OpenAsync(Compare, width);
        await compare.Locator("form[data-compare] input[name=d]").First.UncheckAsync();
        await compare.Locator("figure[data-chart]").ScreenshotAsync(new() { Path = Path.Combine(folder, $"compare-chart-unticked-{width}.png") });
    }
}
