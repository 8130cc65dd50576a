using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Core.Diagnostics;

namespace Portal.Build.Incremental;

/// <summary>
/// Renders only the pages a <see cref="ChangeSet"/> affects and reuses the previous bytes of the others: a
/// department's pages when a file of the department changed, a site-wide page when its model's value
/// (<see cref="PageFingerprints"/>) is not the one its kept bytes were rendered from.
/// The cache moves forward only when <see cref="Commit"/> is called, i.e. after a build that succeeded,
/// so a failed build never leaves half-new pages behind.
/// </summary>
public sealed class IncrementalRenderer : ISiteRenderer
{
    private readonly ISiteRenderer _inner;
    private Dictionary<string, OutputFile> _committed = new(StringComparer.Ordinal);
    private IReadOnlyList<OutputFile> _pending = [];
    private readonly PageFingerprints _fingerprints = new();
    private Dictionary<string, byte[]?> _committedFingerprints = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]?> _pendingFingerprints = new(StringComparer.Ordinal);

    public IncrementalRenderer(ISiteRenderer inner) => _inner = inner;

    public ChangeSet Changes { get; set; } = ChangeSet.All;

    /// <summary>Pages rendered by the last <see cref="Render"/>; the rest came from the cache.</summary>
    public int RenderedPages => RenderedPaths.Count;

    /// <summary>The output paths of the pages rendered by the last <see cref="Render"/>, in site order.</summary>
    public IReadOnlyList<string> RenderedPaths { get; private set; } = [];

    public IEnumerable<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics)
    {
        // The sequence builds its pages as it is read: read it once. A served site is small enough to hold.
        var pages = site.Pages.ToArray();
        var departments = pages.OfType<DepartmentPage>().Select(p => p.Path.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var pending = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        bool Stale(PageModel page)
        {
            if (!ChangeSet.IsSiteWide(page, departments))
            {
                return Changes.Affects(page, departments) || !_committed.ContainsKey(page.OutputFile);
            }

            // A site-wide page draws on every department: what it shows is its model, so it is rendered again only
            // when its model differs by value from the one its kept bytes were rendered from.
            var fingerprint = pending[page.OutputFile] = _fingerprints.Of(page);
            return Changes.Everything
                || fingerprint is null
                || !_committedFingerprints.TryGetValue(page.OutputFile, out var before)
                || before is null
                || !fingerprint.AsSpan().SequenceEqual(before)
                || !_committed.ContainsKey(page.OutputFile);
        }

        var stale = pages.Where(Stale).ToArray();
        _fingerprints.Forget();
        var fresh = _inner.Render(site with { Pages = PageSequence.Of(stale) }, diagnostics).ToDictionary(f => f.Path, StringComparer.Ordinal);
        RenderedPaths = [.. stale.Select(p => p.OutputFile)];

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
        _pendingFingerprints = pending;
        return files;
    }

    /// <summary>Accepts the last render as the cache for the next one, and returns it.</summary>
    public IReadOnlyList<OutputFile> Commit()
    {
        _committed = _pending.Where(f => f.IsPage).ToDictionary(f => f.Path, StringComparer.Ordinal);
        _committedFingerprints = _pendingFingerprints;
        return _pending;
    }
}
