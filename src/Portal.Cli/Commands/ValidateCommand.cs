using System.CommandLine;
using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal validate</c>: load and validate the content, write nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var content = new Option<DirectoryInfo?>("--content") { Description = text.Help("content") };
        var quiet = CommonOptions.Quiet(text);
        var verbose = CommonOptions.Verbose(text);
        var command = new Command("validate", text.Help("validate")) { site, content, quiet, verbose };
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
            DiagnosticPrinter.Print(all, errors, text);
            CommonOptions.PrintFailure(result, parse.GetValue(verbose), errors);
            if (all.Any(d => d.Severity == Severity.Error))
            {
                return 1;
            }

            if (!parse.GetValue(quiet))
            {
                output.WriteLine(text.T("valid"));
            }

            return 0;
        });
        return command;
    }
}
