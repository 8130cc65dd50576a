using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>
/// Where a page is among the pages a long listing is cut into, so that no page grows with the site (a compare page
/// listed every department: 1.5 MB at 1,000 reports, 15 MB at 10,000). Page 1 is at the listing's own path, page n at
/// <c>{path}{n}/</c>; the links between them are these paths, never rebuilt by a template.
/// </summary>
public sealed record Pagination
{
    private Pagination(int number, IReadOnlyList<string> paths)
    {
        Number = number;
        Paths = paths;
    }

    /// <summary>
    /// Items on one page of a listing. A compare page of every department grew with the site (15 MB and a chart of
    /// every department-year at 10,000 reports); a hundred rows stay readable on a phone, and the CSV has them all.
    /// </summary>
    public const int DefaultSize = 100;

    /// <summary>1 for the first page.</summary>
    public int Number { get; }

    /// <summary>The site-relative path of every page of the listing, first page first.</summary>
    public IReadOnlyList<string> Paths { get; }

    public int Count => Paths.Count;

    public string Path => Paths[Number - 1];

    public string? Previous => Number > 1 ? Paths[Number - 2] : null;

    public string? Next => Number < Paths.Count ? Paths[Number] : null;

    /// <summary>This, when the listing has more than one page; null when it fits on one (a whole page has no pager).</summary>
    public Pagination? WhenSplit => Count > 1 ? this : null;

    /// <summary>The page's title: the listing's own on the first page, “…（第n页）” on the others.</summary>
    public string Title(string listing, UiStrings ui) => Number == 1 ? listing : ui.T("common.page_title", listing, Number);

    /// <summary>
    /// The path of page <paramref name="number"/> of the listing at <paramref name="first"/>; pages after the first
    /// under <paramref name="rest"/> when given (the home page is at the site's root, where <c>2/</c> would read as a department).
    /// </summary>
    public static string PathOf(string first, int number, string? rest = null) => number == 1 ? first : $"{rest ?? first}{number}/";

    /// <summary>The paths of the pages <paramref name="items"/> items make, <paramref name="size"/> a page, known before the items are (a listing built after the pages before it).</summary>
    public static IReadOnlyList<string> PathsOf(string first, int items, int size, string? rest = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var count = Math.Max(1, (items + size - 1) / size);
        return [.. Enumerable.Range(1, count).Select(n => PathOf(first, n, rest))];
    }

    /// <summary>
    /// <paramref name="items"/> cut into pages of at most <paramref name="size"/>, in order; an empty listing is one empty page.
    /// </summary>
    public static IReadOnlyList<(Pagination Page, IReadOnlyList<T> Items)> Split<T>(string first, IReadOnlyList<T> items, int size, string? rest = null)
    {
        var paths = PathsOf(first, items.Count, size, rest);
        var count = paths.Count;
        return Enumerable.Range(0, count)
            .Select(i => (new Pagination(i + 1, paths), (IReadOnlyList<T>)items.Skip(i * size).Take(size).ToArray()))
            .ToArray();
    }
}
