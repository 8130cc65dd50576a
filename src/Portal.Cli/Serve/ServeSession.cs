using System.Globalization;
using Portal.Build.Check;
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
    private readonly CliText _text;
    private readonly string _contentDirectory;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ServeSession(SiteRebuilder rebuilder, SiteWatcher watcher, DevServer server, LiveSite site, TextWriter output, TextWriter errors, CliText text, string contentDirectory)
    {
        _contentDirectory = contentDirectory;
        _text = text;
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

    public static async Task<ServeSession> StartAsync(SiteConfig config, string siteFile, ServeOptions options, TextWriter output, TextWriter errors, CliText text)
    {
        var rebuilder = new SiteRebuilder(siteFile) { OnlyDepartment = options.Only };
        var site = new LiveSite();
        var watcher = new SiteWatcher(config.ContentDirectory, config.ThemesDirectory, siteFile);
        Report(rebuilder.Rebuild([]), [], config.ContentDirectory, site, output, errors, text, first: true);
        var server = await DevServer.StartAsync(site, options.Port, LiveReload.Script(text), options.Host);
        return new ServeSession(rebuilder, watcher, server, site, output, errors, text, config.ContentDirectory);
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
            Report(Rebuild(changed), changed, _contentDirectory, Site, _output, _errors, _text, first: false);
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

    private static void Report(RebuildResult result, IReadOnlyCollection<string> changed, string contentDirectory, LiveSite site, TextWriter output, TextWriter errors, CliText text, bool first)
    {
        if (!result.Succeeded)
        {
            site.Fail(result.Diagnostics);
            DiagnosticPrinter.Print(result.Diagnostics, errors, text);
            errors.WriteLine(text.T(first ? "serve_failed_first" : "serve_failed"));
            return;
        }

        var findings = EditedFindings(result.Findings, changed);
        site.Publish(
            result.Files!,
            findings.Length == 0 ? null : string.Join('\n', findings.Select(f => FindingPrinter.Line(f, text))),
            exists => SavedPage.For(changed, contentDirectory, exists));
        var pages = result.Files!.Count(f => f.IsPage);
        output.WriteLine(first
            ? text.T("serve_built", pages, result.Files!.Count, result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture))
            : text.T("serve_rebuilt", result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), result.RenderedPages, pages, Stages(result)));
        foreach (var file in findings.GroupBy(f => f.Location.File))
        {
            output.WriteLine(text.T("serve_findings", file.Key, file.Count()));
            foreach (var finding in file)
            {
                output.WriteLine(FindingPrinter.Line(finding, text));
            }
        }
    }

    /// <summary>
    /// The 数据核对 findings of the files just saved: what the webmaster is working on, so they are shown at once.
    /// The whole site's findings are on its checks page; repeating them on every save would hide the new ones.
    /// </summary>
    private static Finding[] EditedFindings(IReadOnlyList<Finding> findings, IReadOnlyCollection<string> changed)
    {
        var saved = changed.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        return findings
            .Where(f => saved.Contains(Path.GetFullPath(f.Location.File)))
            .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column)
            .ToArray();
    }
}
