using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Core.Diagnostics;

namespace Portal.Build.Incremental;

/// <summary>
/// Renders only the pages a <see cref="ChangeSet"/> affects and reuses the previous bytes of the others.
/// The cache moves forward only when <see cref="Commit"/> is called, i.e. after a build that succeeded,
/// so a failed build never leaves half-new pages behind.
/// </summary>
public sealed class IncrementalRenderer : ISiteRenderer
{
    private readonly ISiteRenderer _inner;
    private Dictionary<string, OutputFile> _committed = new(StringComparer.Ordinal);
    private IReadOnlyList<OutputFile> _pending = [];

    public IncrementalRenderer(ISiteRenderer inner) => _inner = inner;

    public ChangeSet Changes { get; set; } = ChangeSet.All;

    /// <summary>Pages rendered by the last <see cref="Render"/>; the rest came from the cache.</summary>
    public int RenderedPages { get; private set; }

    public IEnumerable<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics)
    {
        // The sequence builds its pages as it is read: read it once. A served site is small enough to hold.
        var pages = site.Pages.ToArray();
        var departments = pages.OfType<DepartmentPage>().Select(p => p.Path.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var stale = pages.Where(p => Changes.Affects(p, departments) || !_committed.ContainsKey(p.OutputFile)).ToArray();
        var fresh = _inner.Render(site with { Pages = PageSequence.Of(stale) }, diagnostics).ToDictionary(f => f.Path, StringComparer.Ordinal);
        RenderedPages = stale.Length;

        var files = new List<OutputFile>(pages.Length + fresh.Count);
        foreach (var page in pages)
        {
            if (fresh.TryGetValue(page.OutputFile, out var rendered) || _committed.TryGetValue(page.OutputFile, out rendered))
            {
                files.Add(rendered);
            }
        }

        files.AddRange(fresh.Values.Where(f => !f.IsPage));
        _pending = files;
        return files;
    }

    /// <summary>Accepts the last render as the cache for the next one, and returns it.</summary>
    public IReadOnlyList<OutputFile> Commit()
    {
        _committed = _pending.Where(f => f.IsPage).ToDictionary(f => f.Path, StringComparer.Ordinal);
        return _pending;
    }
}
