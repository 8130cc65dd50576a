using Portal.Build.Render;
using Portal.Build.Scaffold;
using YamlDotNet.RepresentationModel;

namespace Portal.Cli;

/// <summary>
/// What the <c>portal</c> command prints, and its help, in the site's language: the <c>cli.*</c> keys of the theme's
/// language files (<c>themes/default/i18n/zh-CN.yml</c>, <c>en.yml</c>), the same files the pages take their words
/// from. The site is the one <c>--site</c> names, else <c>./site.yml</c>; without a site (portal init, help outside a
/// site folder) it is Chinese with the default theme that ships with Portal.
/// </summary>
internal sealed class CliText
{
    private readonly UiStrings _strings;

    private CliText(UiStrings strings, string language)
    {
        _strings = strings;
        Language = language;
    }

    public string Language { get; }

    /// <summary>The string <c>cli.&lt;key&gt;</c>, with {0}, {1}… filled in.</summary>
    public string T(string key, params object?[] args) => _strings.T("cli." + key, args);

    public string Help(string key) => T("help." + key);

    /// <summary>A string the pages use too (<c>checks.build_summary</c>), so the command and the site say it alike.</summary>
    public string Site(string key, params object?[] args) => _strings.T(key, args);

    /// <summary>The text for a command line: its <c>--site</c>, else the site.yml of the working folder.</summary>
    public static CliText For(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--site");
        var siteFile = Path.GetFullPath(at >= 0 && at + 1 < args.Count ? args[at + 1] : "site.yml");
        var (language, theme, themesDir) = Peek(siteFile);
        var folder = Path.GetDirectoryName(siteFile)!;
        var themes = Bundled.ResolveThemes(folder, themesDir);
        try
        {
            return new CliText(UiStrings.Load(Path.Combine(themes, theme), Bundled.DefaultTheme(themes), language), language);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken site theme must not take the command's own words away: the build reports the theme's problem.
            var bundled = Path.Combine(Bundled.ThemesDirectory, "default");
            return new CliText(UiStrings.Load(bundled, bundled, language), language);
        }
    }

    /// <summary>
    /// The language, theme and themes folder site.yml asks for, read leniently: a site.yml with mistakes still gets
    /// its errors explained in its language, by the loader, later.
    /// </summary>
    private static (string Language, string Theme, string? ThemesDir) Peek(string siteFile)
    {
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(siteFile)));
            if (yaml.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root)
            {
                string? Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
                var language = Get("language") is "en" ? "en" : "zh-CN";
                return (language, Get("theme") ?? "default", Get("themes_dir"));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or YamlDotNet.Core.YamlException)
        {
        }

        return ("zh-CN", "default", null);
    }
}
