using Portal.Build.Load;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Build.Validate;

/// <summary>
/// Validate stage, for the theme: every file of the site's theme and of the default theme must resolve — links
/// included — inside its own theme folder. Assets are published as they are and templates are compiled and run,
/// so a link in a theme (assets/x -> /etc/passwd) would otherwise publish, or run, any file of the build machine.
/// </summary>
public static class ThemeValidator
{
    public static void Validate(SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var theme in new[] { Path.Combine(config.ThemesDirectory, "default"), Path.Combine(config.ThemesDirectory, config.Theme) }.Distinct(StringComparer.Ordinal))
        {
            if (Directory.Exists(theme))
            {
                ValidateTheme(theme, diagnostics);
            }
        }
    }

    private static void ValidateTheme(string theme, DiagnosticBag diagnostics)
    {
        void Error(string path, string message) =>
            diagnostics.Error(BuildStage.Validate, new SourceLocation(ContentLoader.Display(path), 1, 1), null, message);

        // The theme folder as the themes folder lists it: the themes folder may be a link, a theme in it may not.
        var root = RealPaths.Listed(theme);
        var shown = ContentLoader.Display(theme);
        if (RealPaths.Of(theme) != root)
        {
            Error(theme, $"the theme folder '{shown}' is a symbolic link: a theme may use only files of its own; copy the theme into the themes folder instead");
            return;
        }

        var folders = new Stack<string>([theme]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.LinkTarget is null)
                {
                    if (entry is DirectoryInfo)
                    {
                        folders.Push(entry.FullName);
                    }

                    continue;
                }

                // A link that stays inside the theme is harmless: its target is listed (and checked) on its own.
                if (RealPaths.Inside(root, Path.GetRelativePath(theme, entry.FullName), $"the theme folder '{shown}'", out var problem) is null)
                {
                    Error(entry.FullName, $"this theme file cannot be used: {problem}; a theme may use only files of its own");
                }
            }
        }
    }
}
