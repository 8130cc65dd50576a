using System.CommandLine;
using Portal.Build.Load;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>Options several verbs share.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo> Site(CliText text) => new("--site")
    {
        Description = text.Help("site"),
        DefaultValueFactory = _ => new FileInfo("site.yml"),
    };

    /// <summary>Loads site.yml, or prints why it cannot and returns null.</summary>
    public static SiteConfig? LoadSite(FileInfo siteFile, TextWriter errors, CliText text)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteFile.FullName, diagnostics);
        if (config is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, errors, text);
        }

        return config;
    }

    public static Option<bool> Quiet(CliText text) => new("--quiet", "-q") { Description = text.Help("quiet") };

    public static Option<bool> Verbose(CliText text) => new("--verbose") { Description = text.Help("verbose") };

    /// <summary>Under <c>--verbose</c>, the trace of the exception that stopped the build; otherwise its one line is enough.</summary>
    public static void PrintFailure(Portal.Build.Pipeline.BuildResult? result, bool verbose, TextWriter errors)
    {
        if (verbose && result?.Failure is { } failure)
        {
            errors.WriteLine(failure.ToString());
        }
    }
}
