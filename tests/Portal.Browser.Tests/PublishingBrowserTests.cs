using Microsoft.Playwright;
using Portal.Build.Tests.Support;
using Portal.Cli;
using Portal.Cli.Serve;

namespace Portal.Browser.Tests;

/// <summary>What a webmaster and a journalist do in Chromium: watch an edit appear, download a table.</summary>
public sealed class PublishingBrowserTests : IClassFixture<SampleSiteFixture>
{
    private const float Patience = 20_000;
    private readonly SampleSiteFixture _site;

    public PublishingBrowserTests(SampleSiteFixture site) => _site = site;

    [Fact]
    public async Task A_table_csv_link_downloads_the_csv_with_its_bom_and_columns()
    {
        var page = await _site.OpenAsync("huaihua-jiguan-shiwu/2023/");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#t02 .downloads a:text-is('CSV')"));
        var file = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(file);

        Assert.Equal("t02.csv", download.SuggestedFilename);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("部门,年度,单位,来源,科目编码,科目名称,本年收入合计", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task Under_serve_saving_a_report_takes_the_open_browser_to_that_report_page()
    {
        using var temp = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var siteFile = Path.Combine(temp.Root, "site.yml");
        await using var serve = await ServeSession.StartAsync(temp.Config(), siteFile, new ServeOptions(0), TextWriter.Null, TextWriter.Null, CliText.For(["--site", siteFile]));
        var context = await _site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(serve.Address.ToString());
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

        await File.WriteAllTextAsync(Path.Combine(temp.Content, "ceshi", "2023.yml"), SampleReports.WithTables.Replace("title: 测试市机关事务局2023年度部门决算", "title: 改过的标题", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === '改过的标题'", null, new PageWaitForFunctionOptions { Timeout = Patience });

        Assert.Equal(new Uri(serve.Address, "ceshi/2023/").ToString(), page.Url);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Under_serve_an_edit_reloads_the_open_page_and_a_broken_edit_shows_its_error_over_it()
    {
        using var temp = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var yaml = Path.Combine(temp.Content, "ceshi", "2023.yml");
        var siteFile = Path.Combine(temp.Root, "site.yml");
        await using var serve = await ServeSession.StartAsync(temp.Config(), siteFile, new ServeOptions(0), TextWriter.Null, TextWriter.Null, CliText.For(["--site", siteFile]));
        var context = await _site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(serve.Address, "ceshi/2023/").ToString());
        Assert.Equal("测试市机关事务局2023年度部门决算", await page.TextContentAsync("h1"));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

        await File.WriteAllTextAsync(yaml, SampleReports.WithTables.Replace("title: 测试市机关事务局2023年度部门决算", "title: 改过的标题", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === '改过的标题'", null, new PageWaitForFunctionOptions { Timeout = Patience });

        // The saved report's accounts findings come up in a panel beside the page, which stays usable, and can be closed.
        var findings = page.Locator("#portal-serve-findings");
        await findings.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.StartsWith("关闭数据核对", await findings.TextContentAsync());
        Assert.Matches(@": (错误|存疑|尾数误差): \[[a-z0-9.-]+\] ", await findings.TextContentAsync());
        Assert.Equal("status", await findings.GetAttributeAsync("role"));
        await page.ClickAsync("#portal-serve-findings button");
        Assert.Equal(0, await findings.CountAsync());

        await File.WriteAllTextAsync(yaml, SampleReports.WithTables + "\ncolour: red\n");
        var overlay = page.Locator("#portal-serve-error");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        Assert.Contains("不认识的键 'colour'", await overlay.TextContentAsync());
        Assert.Equal("改过的标题", await page.TextContentAsync("h1"));
        await context.CloseAsync();
    }
}
