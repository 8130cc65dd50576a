using Portal.Build.Load;

namespace Portal.Cli.Serve;

/// <summary>
/// The page of the file just saved, for the open browser to go to: <c>content/&lt;slug&gt;/&lt;year&gt;.yml</c> (or its
/// source text) is the report page, <c>department.yml</c> the department page. Anything else (a theme file,
/// site.yml) has no page of its own: the open page just reloads.
/// </summary>
internal static class SavedPage
{
    /// <summary>The site path (<c>ceshi/2023/</c>) of the first saved content file that has a page, or null.</summary>
    public static string? For(IEnumerable<string> changed, string contentDirectory, Func<string, bool> exists)
    {
        var content = Path.GetFullPath(contentDirectory);
        foreach (var file in changed.Select(Path.GetFullPath))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/').Split('/');
            if (relative[0] == ".." || relative.Length < 2 || !ContentLoader.IsSlug(relative[0]))
            {
                continue;
            }

            var name = relative[^1];
            var year = Path.GetFileNameWithoutExtension(name);
            var page = name == "department.yml" && relative.Length == 2 ? $"{relative[0]}/"
                : (relative.Length == 2 && name.EndsWith(".yml", StringComparison.Ordinal)) || (relative.Length == 3 && relative[1] == "sources")
                    ? $"{relative[0]}/{year}/"
                    : null;
            if (page is not null && exists(page + "index.html"))
            {
                return page;
            }
        }

        return null;
    }
}
