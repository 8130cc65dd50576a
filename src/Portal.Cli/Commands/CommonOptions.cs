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
}
