using System.Globalization;
using Portal.Build.Incremental;
using Portal.Cli.Commands;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Serve;

/// <summary>
/// <c>portal serve</c> at work: build once, serve, then rebuild on every batch of changes. A build that
/// fails is reported on the console and in the browser while the last good site stays served.
/// </summary>
internal sealed class ServeSession : IAsyncDisposable
{
    private readonly SiteRebuilder _rebuilder;
    private readonly SiteWatcher _watcher;
    private readonly DevServer _server;
    private readonly TextWriter _output;
    private readonly TextWriter _errors;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ServeSession(SiteRebuilder rebuilder, SiteWatcher watcher, DevServer server, LiveSite site, TextWriter output, TextWriter errors)
    {
        _rebuilder = rebuilder;
        _watcher = watcher;
        _server = server;
        Site = site;
        _output = output;
        _errors = errors;
        _loop = Task.Run(WatchAsync);
    }

    public Uri Address => _server.Address;

    public LiveSite Site { get; }

    public static async Task<ServeSession> StartAsync(SiteConfig config, string siteFile, int port, TextWriter output, TextWriter errors)
    {
        var rebuilder = new SiteRebuilder(siteFile);
        var site = new LiveSite();
        var watcher = new SiteWatcher(config.ContentDirectory, config.ThemesDirectory, siteFile);
        Report(rebuilder.Rebuild([]), site, output, errors, first: true);
        var server = await DevServer.StartAsync(site, port);
        return new ServeSession(rebuilder, watcher, server, site, output, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _watcher.Dispose();
        await _server.DisposeAsync();
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var changed = await _watcher.NextBatchAsync(_stop.Token);
            Report(Rebuild(changed), Site, _output, _errors, first: false);
        }
    }

    /// <summary>
    /// A rebuild that throws outside the pipeline's stages (site.yml naming an impossible folder, a file gone between
    /// two reads) is reported like a failed build: it must not end the watch loop, or no later save would be built.
    /// </summary>
    private RebuildResult Rebuild(IReadOnlyList<string> changed)
    {
        try
        {
            return _rebuilder.Rebuild(changed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = new Diagnostic(BuildStage.Config, Severity.Error, null, null, $"the site could not be rebuilt: {ex.Message} (an unexpected error in Portal)");
            return new RebuildResult([error], null, 0, TimeSpan.Zero);
        }
    }

    private static string Stages(RebuildResult result) =>
        string.Join(", ", result.StageTimes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key.ToString().ToLowerInvariant()} {s.Value.TotalMilliseconds:0}")));

    private static void Report(RebuildResult result, LiveSite site, TextWriter output, TextWriter errors, bool first)
    {
        if (!result.Succeeded)
        {
            site.Fail(result.Diagnostics);
            DiagnosticPrinter.Print(result.Diagnostics, errors);
            errors.WriteLine(first ? "build failed: fix the errors above; the page updates when the site builds" : "build failed: still serving the last good site");
            return;
        }

        site.Publish(result.Files!);
        var pages = result.Files!.Count(f => f.IsPage);
        output.WriteLine(first
            ? string.Create(CultureInfo.InvariantCulture, $"built {pages} pages, {result.Files!.Count} files in {result.Elapsed.TotalSeconds:0.00} s")
            : string.Create(CultureInfo.InvariantCulture, $"rebuilt in {result.Elapsed.TotalMilliseconds:0} ms: {result.RenderedPages} of {pages} pages rendered ({Stages(result)})"));
    }
}
