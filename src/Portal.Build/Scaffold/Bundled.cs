namespace Portal.Build.Scaffold;

/// <summary>
/// Files that ship inside the installed Portal, beside its assemblies: the default theme (<c>themes/default</c>) and
/// the example department of <c>portal init --example</c> (<c>examples/</c>). An installed tool has no repository
/// around it, so a site made by <c>portal init</c> uses the theme found here instead of a copy of its own; updating
/// Portal then updates the theme too. <c>src/Portal.Cli/Portal.Cli.csproj</c> puts them there.
/// </summary>
public static class Bundled
{
    /// <summary>The folder of themes that ships with Portal (holds <c>default</c>).</summary>
    public static string ThemesDirectory => Path.Combine(AppContext.BaseDirectory, "themes");

    /// <summary>The example departments that ship with Portal, one folder each.</summary>
    public static string ExamplesDirectory => Path.Combine(AppContext.BaseDirectory, "examples");

    /// <summary>
    /// The themes folder of a site: <c>themes_dir</c> when site.yml sets it, else the site's own <c>themes/</c> when it
    /// has one, else the themes that ship with Portal.
    /// </summary>
    public static string ResolveThemes(string siteFolder, string? configured)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(Path.Combine(siteFolder, configured));
        }

        var own = Path.Combine(siteFolder, "themes");
        return Directory.Exists(own) || !Directory.Exists(ThemesDirectory) ? Path.GetFullPath(own) : ThemesDirectory;
    }

    /// <summary>The default theme a site's theme falls back to: the site's own copy if it has one, else the bundled one.</summary>
    public static string DefaultTheme(string themesDirectory)
    {
        var own = Path.Combine(themesDirectory, "default");
        var bundled = Path.Combine(ThemesDirectory, "default");
        return Directory.Exists(own) || !Directory.Exists(bundled) ? own : bundled;
    }
}
