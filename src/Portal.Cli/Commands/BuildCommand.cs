using System.CommandLine;
using System.Globalization;
using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Build.Write;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: build the whole site into the output folder, or leave it untouched.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter errors, CliText text)
    {
        var site = CommonOptions.Site(text);
        var outputOption = new Option<DirectoryInfo?>("--output", "-o") { Description = text.Help("output") };
        var strict = new Option<bool>("--strict") { Description = text.Help("strict") };
        var quiet = CommonOptions.Quiet(text);
        var timings = new Option<bool>("--timings") { Description = text.Help("timings") };
        var incremental = new Option<bool>("--incremental") { Description = text.Help("incremental") };
        var verbose = CommonOptions.Verbose(text);
        var command = new Command("build", text.Help("build")) { site, outputOption, strict, quiet, timings, incremental, verbose };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var config = SiteConfigLoader.Load(parse.GetValue(site)!.FullName, diagnostics, parse.GetValue(outputOption)?.FullName);
            if (config is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items, errors, text);
                errors.WriteLine(text.T("build_failed_config"));
                return 1;
            }

            var isStrict = parse.GetValue(strict);
            // The build stamps sit beside the compiled templates, outside the output (which stays as a clean build writes it).
            var stamps = parse.GetValue(incremental) ? BuildStamp.DefaultFolder : null;
            var result = BuildProgress.Wanted(output, parse.GetValue(quiet)) ? BuildProgress.Run(config, isStrict, stamps, text) : new BuildPipeline(config) { Strict = isStrict, StampFolder = stamps }.Build();

            // --quiet is for scripts: errors only; the checker's warnings are on the site and in portal check.
            DiagnosticPrinter.Print(parse.GetValue(quiet) ? [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)] : result.Diagnostics, errors, text, result.Findings, summarizeFindings: !parse.GetValue(quiet));
            CommonOptions.PrintFailure(result, parse.GetValue(verbose), errors);
            if (!result.Succeeded)
            {
                errors.WriteLine(text.T("build_failed"));
                return FailedExitCode(result);
            }

            if (result.UpToDate && !parse.GetValue(quiet))
            {
                output.WriteLine(text.T("up_to_date", result.Pages, result.Files, ContentLoader.Display(config.OutputDirectory), result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
            }
            else if (!parse.GetValue(quiet))
            {
                output.WriteLine(text.T("built", result.Pages, result.Files, ContentLoader.Display(config.OutputDirectory), result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
            }

            // Asked for by name, so printed under --quiet too (benchmarks want timings without the checker's warnings).
            if (parse.GetValue(timings))
            {
                TimingsPrinter.Print(result, output);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// 2 when only accounts findings (errors under --strict) stopped the build; 1 for anything else, a check stage that
    /// failed unexpectedly included: that is no finding, and without --strict findings never stop a build.
    /// </summary>
    internal static int FailedExitCode(BuildResult result)
    {
        var onlyFindings = result.Failure is null
            && result.Diagnostics.Where(d => d.Severity == Severity.Error).All(d => d.Stage == BuildStage.Check);
        return onlyFindings ? CheckCommand.FindingsExitCode : 1;
    }
}
