using System.CommandLine;
using Portal.Build.Load;
using Portal.Cli.Serve;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal serve</c>: build, serve on 127.0.0.1, rebuild and reload the browser on every edit.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var site = CommonOptions.Site();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build and serve the site on 127.0.0.1; watch content, themes and site.yml; reload the browser on change") { site, port };
        command.SetAction(async (parse, stop) =>
        {
            var diagnostics = new DiagnosticBag();
            var siteFile = parse.GetValue(site)!.FullName;
            var config = SiteConfigLoader.Load(siteFile, diagnostics);
            if (config is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items, errors);
                return 1;
            }

            await using var session = await ServeSession.StartAsync(config, siteFile, parse.GetValue(port), output, errors);
            output.WriteLine($"serving {session.Address} (watching content, themes and site.yml; Ctrl+C stops)");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
