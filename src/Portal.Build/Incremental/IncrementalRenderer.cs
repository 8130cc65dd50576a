using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Core.Diagnostics;

namespace Portal.Build.Incremental;

/// <summary>
/// Renders only the pages a <see cref="ChangeSet"/> affects and reuses the previous bytes of the others: a
/// department's pages when a file of the department changed, a site-wide page when its model's value
/// (<see cref="PageFingerprints"/>) is not the one its kept bytes were rendered from.
/// The cache moves forward only when <see cref="Commit"/> is called, i.e. after a build that succeeded,
/// so a failed build never leaves half-new pages behind. A build renders its site in parts (the pages before the data
/// archive, then the rest: <see cref="PageSequence.Earlier"/>), one call each: what they render is one build's, from
/// setting <see cref="Changes"/> to <see cref="Commit"/>.
/// </summary>
public sealed class IncrementalRenderer : ISiteRenderer
{
    private readonly ISiteRenderer _inner;
    private Dictionary<string, OutputFile> _committed = new(StringComparer.Ordinal);
    private readonly List<OutputFile> _pending = [];
    private readonly PageFingerprints _fingerprints = new();
    private Dictionary<string, byte[]?> _committedFingerprints = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]?> _pendingFingerprints = new(StringComparer.Ordinal);

    /// <summary>The departments of the pages of this build's parts so far.</summary>
    private readonly HashSet<string> _departments = new(StringComparer.Ordinal);

    private readonly List<string> _renderedPaths = [];
    private ChangeSet _changes = ChangeSet.All;

    /// <summary>The next <see cref="Render"/> starts a build: <see cref="Changes"/> was set, or the last build committed.</summary>
    private bool _startsBuild = true;

    public IncrementalRenderer(ISiteRenderer inner) => _inner = inner;

    /// <summary>What changed since the last committed build; setting it starts a build.</summary>
    public ChangeSet Changes
    {
        get => _changes;
        set
        {
            _changes = value;
            _startsBuild = true;
        }
    }

    /// <summary>Pages the last build rendered; the rest came from the cache.</summary>
    public int RenderedPages => RenderedPaths.Count;

    /// <summary>The output paths of the pages the last build rendered, in site order.</summary>
    public IReadOnlyList<string> RenderedPaths => _renderedPaths;

    public IEnumerable<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics)
    {
        if (_startsBuild)
        {
            // What an unfinished build rendered is not kept.
            _pending.Clear();
            _pendingFingerprints = new(StringComparer.Ordinal);
            _departments.Clear();
            _renderedPaths.Clear();
            _startsBuild = false;
        }

        // The sequence builds its pages as it is read: read it once. A served site is small enough to hold.
        var pages = site.Pages.ToArray();
        _departments.UnionWith(pages.OfType<DepartmentPage>().Select(p => p.Path.TrimEnd('/')));
        var departments = _departments;
        var pending = _pendingFingerprints;
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
        _renderedPaths.AddRange(stale.Select(p => p.OutputFile));

        var files = new List<OutputFile>(pages.Length + fresh.Count);
        foreach (var page in pages)
        {
            if (fresh.TryGetValue(page.OutputFile, out var rendered) || _committed.TryGetValue(page.OutputFile, out rendered))
            {
                files.Add(rendered);
            }
        }

        files.AddRange(fresh.Values.Where(f => !f.IsPage));
        _pending.AddRange(files);
        return files;
    }

    /// <summary>Accepts this build's renders as the cache for the next build, and returns what they made.</summary>
    public IReadOnlyList<OutputFile> Commit()
    {
        OutputFile[] built = [.. _pending];
        _committed = built.Where(f => f.IsPage).ToDictionary(f => f.Path, StringComparer.Ordinal);
        _committedFingerprints = _pendingFingerprints;
        _startsBuild = true;
        return built;
    }
}
