using System.CommandLine;
using Portal.Build.Load;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>Options several verbs share.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo> Site() => new("--site")
    {
        Description = "Path to site.yml (default: ./site.yml)",
        DefaultValueFactory = _ => new FileInfo("site.yml"),
    };

    /// <summary>Loads site.yml, or prints why it cannot and returns null.</summary>
    public static SiteConfig? LoadSite(FileInfo siteFile, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteFile.FullName, diagnostics);
        if (config is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, errors);
        }

        return config;
    }

    public static Option<bool> Verbose() => new("--verbose") { Description = "When Portal fails unexpectedly, print the error's full details (for a bug report)" };

    /// <summary>Under <c>--verbose</c>, the trace of the exception that stopped the build; otherwise its one line is enough.</summary>
    public static void PrintFailure(Portal.Build.Pipeline.BuildResult? result, bool verbose, TextWriter errors)
    {
        if (verbose && result?.Failure is { } failure)
        {
            errors.WriteLine(failure.ToString());
        }
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors (for scripts); the exit code says how it went" };
}
