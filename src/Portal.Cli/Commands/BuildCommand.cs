using System.CommandLine;
using System.Globalization;
using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: build the whole site into the output folder, or leave it untouched.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var site = CommonOptions.Site();
        var outputOption = new Option<DirectoryInfo?>("--output", "-o") { Description = "Write the site here instead of site.yml's output_dir" };
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 2, nothing written) on any accounts finding of severity error" };
        var quiet = CommonOptions.Quiet();
        var timings = new Option<bool>("--timings") { Description = "Print each stage's time, pages per second and peak memory (for benchmarks)" };
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build the site (load → validate → check → model → render → index → write)") { site, outputOption, strict, quiet, timings, verbose };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var config = SiteConfigLoader.Load(parse.GetValue(site)!.FullName, diagnostics, parse.GetValue(outputOption)?.FullName);
            if (config is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items, errors);
                errors.WriteLine("build failed: nothing was written");
                return 1;
            }

            var isStrict = parse.GetValue(strict);
            var result = BuildProgress.Wanted(output, parse.GetValue(quiet)) ? BuildProgress.Run(config, isStrict) : new BuildPipeline(config) { Strict = isStrict }.Build();

            // --quiet is for scripts: errors only; the checker's warnings are on the site and in portal check.
            DiagnosticPrinter.Print(parse.GetValue(quiet) ? [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)] : result.Diagnostics, errors);
            CommonOptions.PrintFailure(result, parse.GetValue(verbose), errors);
            if (!result.Succeeded)
            {
                errors.WriteLine("build failed: the previous output was left untouched");
                return FailedExitCode(result);
            }

            if (!parse.GetValue(quiet))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"built {result.Pages} pages, {result.Files} files into {ContentLoader.Display(config.OutputDirectory)} in {result.Elapsed.TotalSeconds:0.00} s"));
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
