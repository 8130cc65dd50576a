using System.CommandLine;
using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal validate</c>: load and validate the content, write nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var site = CommonOptions.Site();
        var content = new Option<DirectoryInfo?>("--content") { Description = "Validate this content folder instead of site.yml's" };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("validate", "Load and validate the content without writing the site") { site, content, quiet, verbose };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            SiteConfig? config;
            if (parse.GetValue(content) is { } folder)
            {
                config = new SiteConfig
                {
                    Title = "validate",
                    RootDirectory = folder.FullName,
                    ContentDirectory = folder.FullName,
                    OutputDirectory = Path.Combine(folder.FullName, ".unused-output"),
                    ThemesDirectory = Path.Combine(folder.FullName, ".unused-themes"),
                };
            }
            else
            {
                config = SiteConfigLoader.Load(parse.GetValue(site)!.FullName, diagnostics);
            }

            var result = config is null ? null : new BuildPipeline(config).Validate();
            var all = diagnostics.Items.Concat(result?.Diagnostics ?? []).ToArray();
            DiagnosticPrinter.Print(all, errors);
            CommonOptions.PrintFailure(result, parse.GetValue(verbose), errors);
            if (all.Any(d => d.Severity == Severity.Error))
            {
                return 1;
            }

            if (!parse.GetValue(quiet))
            {
                output.WriteLine("content is valid");
            }

            return 0;
        });
        return command;
    }
}
