namespace Portal.Build.Modeling;

/// <summary>
/// The base of every page's view model. Links are written relative to the page (<see cref="Url"/>),
/// so the site works under any sub-path and from a plain folder.
/// </summary>
public abstract record PageModel
{
    public required SiteInfo Site { get; init; }

    /// <summary>Site-relative folder of the page, e.g. <c>huaihua-jiguan-shiwu/2023/</c>; empty for home.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>Where this page is among the pages of a listing cut into pages; null for a page that is whole.</summary>
    public Pagination? Pagination { get; init; }

    /// <summary>The template that renders this page.</summary>
    public abstract string Template { get; }

    public virtual string OutputFile => Path + "index.html";

    /// <summary>"../" once per folder level of this page.</summary>
    public virtual string Root => RootOf(Path);

    /// <summary>"../" once per folder level of a page at <paramref name="path"/>, for links made before its page is.</summary>
    public static string RootOf(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    /// <summary>A link from this page to a site-relative path.</summary>
    public string Url(string sitePath) => Root + sitePath;
}
