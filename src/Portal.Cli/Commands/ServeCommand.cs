using System.CommandLine;
using System.Runtime.InteropServices;
using Portal.Cli.Serve;
using Portal.Core.Configuration;

namespace Portal.Cli.Commands;

/// <summary><c>portal serve</c>: build, serve on 127.0.0.1, rebuild and reload the browser on every edit.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var port = new Option<int>("--port", "-p") { Description = text.Help("port"), DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = text.Help("host"), DefaultValueFactory = _ => ServeHost.Loopback.Name };
        var open = new Option<bool>("--open") { Description = text.Help("open") };
        var only = new Option<string?>("--only") { Description = text.Help("only") };
        var command = new Command("serve", text.Help("serve")) { site, port, host, open, only };
        // A synchronous action with its own signal handling: System.CommandLine's handler for async actions
        // throws when a second signal arrives (Ctrl+C twice, or SIGINT then SIGTERM) and prints a stack trace.
        command.SetAction(parse =>
        {
            var siteFile = parse.GetValue(site)!;
            if (CommonOptions.LoadSite(siteFile, errors, text) is not { } config)
            {
                return 1;
            }

            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var options = new ServeOptions(parse.GetValue(port)) { Host = new ServeHost(parse.GetValue(host)!), Only = parse.GetValue(only) };
            return ServeUntilStoppedAsync(config, siteFile.FullName, options, parse.GetValue(open), output, errors, text, stop.Token).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> ServeUntilStoppedAsync(
        SiteConfig config, string siteFile, ServeOptions options, bool open, TextWriter output, TextWriter errors, CliText text, CancellationToken stop)
    {
        await using var session = await ServeSession.StartAsync(config, siteFile, options, output, errors, text);
        output.WriteLine(text.T("serving", session.Address));
        if (options.Only is { } slug)
        {
            output.WriteLine(text.T("serving_only", slug));
        }

        if (!options.Host.IsLoopback)
        {
            errors.WriteLine(text.T("host_warning", options.Host.Name));
        }

        if (open && !BrowserLauncher.Open(session.Address))
        {
            errors.WriteLine(text.T("open_failed", session.Address));
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine(text.T("stopped"));
        }

        return 0;
    }
}
