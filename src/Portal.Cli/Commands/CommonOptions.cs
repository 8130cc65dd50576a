using System.CommandLine;

namespace Portal.Cli.Commands;

/// <summary>Options several verbs share.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo> Site() => new("--site")
    {
        Description = "Path to site.yml (default: ./site.yml)",
        DefaultValueFactory = _ => new FileInfo("site.yml"),
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors (for scripts); the exit code says how it went" };
}
