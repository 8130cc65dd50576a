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

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors (for scripts); the exit code says how it went" };
}
