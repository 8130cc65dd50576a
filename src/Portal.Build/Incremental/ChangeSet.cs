using Portal.Build.Modeling;
using Portal.Core.Configuration;

namespace Portal.Build.Incremental;

/// <summary>
/// Which pages a set of changed files can affect. A file inside one department's folder affects that
/// department's pages and the site-wide pages that list every department (home, glossary, data);
/// anything else (site.yml, the theme, an unknown path) affects every page.
/// </summary>
public sealed record ChangeSet(bool Everything, IReadOnlySet<string> Departments)
{
    public static readonly ChangeSet All = new(true, new HashSet<string>());

    public static ChangeSet From(SiteConfig config, IEnumerable<string> changedPaths)
    {
        var content = Path.GetFullPath(config.ContentDirectory) + Path.DirectorySeparatorChar;
        var departments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var changed in changedPaths.Select(Path.GetFullPath))
        {
            if (!changed.StartsWith(content, StringComparison.Ordinal))
            {
                return All;
            }

            var relative = changed[content.Length..].Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2)
            {
                return All;
            }

            departments.Add(relative[0]);
        }

        return new ChangeSet(false, departments);
    }

    /// <summary>True for a page outside every department's folder (home, 分类, 对比, 数据…): it may draw on any department.</summary>
    public static bool IsSiteWide(PageModel page, IReadOnlySet<string> allDepartments) => !allDepartments.Contains(TopFolder(page));

    private static string TopFolder(PageModel page)
    {
        var slash = page.Path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? page.Path : page.Path[..slash];
    }

    /// <summary>True when the page may look different after the change and must be rendered again.</summary>
    public bool Affects(PageModel page, IReadOnlySet<string> allDepartments)
    {
        if (Everything)
        {
            return true;
        }

        var top = TopFolder(page);
        return !allDepartments.Contains(top) || Departments.Contains(top);
    }
}
