using System.Diagnostics;
using Portal.Build.Check;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.OpenData;
using Portal.Build.Pipeline;
using Portal.Build.Render;
using Portal.Build.Search;
using Portal.Core.Diagnostics;

namespace Portal.Build.Incremental;

/// <summary>
/// Builds a site again and again as its files change (what <c>portal serve</c> runs). Loading and modelling run
/// whole; only reports whose files changed are checked again, and rendering is limited to the pages the changed
/// files affect.
/// Changes are remembered until a build succeeds, so fixing one error never hides another file's edit.
/// The site is never written to disk: <see cref="RebuildResult.Files"/> is the whole site.
/// A theme change starts a fresh Razor engine, because compiled templates are cached per engine.
/// </summary>
public sealed class SiteRebuilder
{
    private readonly string _siteFile;
    private readonly HashSet<string> _unbuilt = new(StringComparer.Ordinal);
    private readonly PageReadings _readings = new();
    private readonly LoadedFiles _loaded = new();
    private readonly CheckedReports _checked = new();
    private readonly PlacedFindings _placed = new();
    private readonly KeptArchive _archive = new();
    private IncrementalRenderer _renderer = new(new RazorSiteRenderer(Environment.ProcessorCount));
    private bool _builtOnce;

    public SiteRebuilder(string siteFile) => _siteFile = Path.GetFullPath(siteFile);

    /// <summary><c>portal serve --only &lt;slug&gt;</c>: build one department, for a fast preview.</summary>
    public string? OnlyDepartment { get; init; }

    public RebuildResult Rebuild(IEnumerable<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        _unbuilt.UnionWith(changedPaths.Select(Path.GetFullPath));
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(_siteFile, diagnostics);
        if (config is null)
        {
            return new RebuildResult(diagnostics.Items, null, 0, clock.Elapsed);
        }

        var themes = Path.GetFullPath(config.ThemesDirectory) + Path.DirectorySeparatorChar;
        if (_unbuilt.Any(p => p.StartsWith(themes, StringComparison.Ordinal)))
        {
            _renderer = new IncrementalRenderer(new RazorSiteRenderer(Environment.ProcessorCount));
        }

        _renderer.Changes = _builtOnce ? ChangeSet.From(config, _unbuilt) : ChangeSet.All;
        // Nothing is written: the caller keeps the files (portal serve serves them from memory). Drafts are built:
        // serve is where a draft is previewed.
        var build = new BuildPipeline(config)
        {
            WritesOutput = false,
            Readings = _readings,
            LoadedFiles = _loaded,
            CheckedReports = _checked,
            PlacedFindings = _placed,
            KeptArchive = _archive,
            IncludeDrafts = true,
            OnlyDepartment = OnlyDepartment,
        }.Build(_renderer);
        IReadOnlyList<OutputFile>? files = null;
        if (build.Succeeded)
        {
            _renderer.Commit();
            files = build.Output;
            _unbuilt.Clear();
            _builtOnce = true;
        }

        return RebuildResult.From(build, files, _renderer.RenderedPages, clock.Elapsed) with { RenderedPaths = _renderer.RenderedPaths };
    }
}
