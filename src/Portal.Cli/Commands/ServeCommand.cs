using System.CommandLine;
using System.Runtime.InteropServices;
using Portal.Cli.Serve;
using Portal.Core.Configuration;

namespace Portal.Cli.Commands;

/// <summary><c>portal serve</c>: build, serve on 127.0.0.1, rebuild and reload the browser on every edit.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var site = CommonOptions.Site();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build and serve the site on 127.0.0.1; watch content, themes and site.yml; reload the browser on change") { site, port };
        // A synchronous action with its own signal handling: System.CommandLine's handler for async actions
        // throws when a second signal arrives (Ctrl+C twice, or SIGINT then SIGTERM) and prints a stack trace.
        command.SetAction(parse =>
        {
            var siteFile = parse.GetValue(site)!;
            if (CommonOptions.LoadSite(siteFile, errors) is not { } config)
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
            return ServeUntilStoppedAsync(config, siteFile.FullName, parse.GetValue(port), output, errors, stop.Token).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> ServeUntilStoppedAsync(SiteConfig config, string siteFile, int port, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        await using var session = await ServeSession.StartAsync(config, siteFile, port, output, errors);
        output.WriteLine($"serving {session.Address} (watching content, themes and site.yml; Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("stopped");
        }

        return 0;
    }
}
