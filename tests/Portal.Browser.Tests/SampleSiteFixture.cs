using Microsoft.Playwright;
using Portal.Build.Tests.Support;

namespace Portal.Browser.Tests;

/// <summary>
/// Builds the sample site from the repository's content, serves it on loopback and opens Debian's
/// Chromium through Playwright. A machine without Chromium fails every test with the fix, never skips.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _output = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>The built site's folder, for opening a page from disk (file://) as a reader who unzipped it would.</summary>
    public string Output => _output;

    /// <summary>Every HTML page of the built site, as paths under the base URL ("", "glossary/", …).</summary>
    public IReadOnlyList<string> PagePaths => Directory.EnumerateFiles(_output, "index.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(_output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
        .Select(d => d == "." ? string.Empty : d + "/")
        .Order(StringComparer.Ordinal)
        .ToArray();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests need Debian's Chromium and CJK fonts: " +
                "run 'apt-get update && apt-get install -y chromium fonts-noto-cjk' (bash .ci/test does this when run as root).");
        }

        SampleSiteBuild.Into(_output);

        _server = new StaticSiteServer(_output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        _server?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
