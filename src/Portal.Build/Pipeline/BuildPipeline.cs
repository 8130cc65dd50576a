using System.Diagnostics;
using Portal.Build.Check;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.OpenData;
using Portal.Build.Render;
using Portal.Build.Search;
using Portal.Build.Validate;
using Portal.Build.Write;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Pipeline;

/// <summary>
/// The build as named stages — load, validate, check, model, render, index (site search), write. Each stage's unexpected failure is
/// wrapped as a diagnostic of that stage; nothing is written unless every earlier stage succeeded.
/// </summary>
public sealed class BuildPipeline
{
    private readonly SiteConfig _config;
    private readonly Dictionary<BuildStage, TimeSpan> _times = [];
    private readonly Dictionary<BuildStage, long> _allocations = [];
    private readonly DiagnosticBag _diagnostics = new();

    private IReadOnlyList<Finding> _findings = [];
    private Exception? _failure;

    public BuildPipeline(SiteConfig config) => _config = config;

    /// <summary><c>--strict</c>: a finding of severity error fails the build instead of being a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>False for a caller that keeps the rendered files itself (portal serve serves them from memory).</summary>
    public bool WritesOutput { get; init; } = true;

    /// <summary>
    /// Pages read for the search index by earlier builds of the same site (<c>portal serve</c> rebuilds again and
    /// again): a page whose bytes did not change is not read again. Null for a one-off build.
    /// </summary>
    public PageReadings? Readings { get; init; }

    /// <summary>
    /// Content files read by earlier builds of the same site (<c>portal serve</c>): an unchanged file is not parsed
    /// again, and its reports keep their checker caches. Null for a one-off build.
    /// </summary>
    public LoadedFiles? LoadedFiles { get; init; }

    /// <summary>
    /// Findings of earlier checks of the same site (<c>portal serve</c>): a report whose file, department and year
    /// before are as they were is not checked again. Null for a one-off build.
    /// </summary>
    public CheckedReports? CheckedReports { get; init; }

    /// <summary>
    /// Findings placed on their pages by earlier builds of the same site (<c>portal serve</c>): a report whose report
    /// and findings are the same objects is not walked again. Null for a one-off build.
    /// </summary>
    public PlacedFindings? PlacedFindings { get; init; }

    /// <summary>The data archive of earlier builds of the same site (<c>portal serve</c>): not compressed again while its members are unchanged. Null for a one-off build.</summary>
    public KeptArchive? KeptArchive { get; init; }

    /// <summary>
    /// <c>portal serve</c>: reports marked <c>draft: true</c> are built too, for previewing. A one-off build leaves
    /// them out (and says so) so nothing unfinished is published by accident.
    /// </summary>
    public bool IncludeDrafts { get; init; }

    /// <summary><c>portal serve --only &lt;slug&gt;</c>: builds one department (and the site pages over it), for a fast preview.</summary>
    public string? OnlyDepartment { get; init; }

    /// <summary>The checker's rules; null for all of <see cref="AccountsChecker.Rules"/> (tests give their own).</summary>
    internal IReadOnlyList<ICheckRule>? Rules { get; init; }

    /// <summary>
    /// <c>portal build --incremental</c>: the cache folder where each build into an output folder leaves its
    /// <see cref="BuildStamp"/>; a build whose inputs and output are as the last successful one left them is skipped.
    /// Null: every build runs.
    /// </summary>
    public string? StampFolder { get; init; }

    /// <summary>Items on one page of a listing cut into pages (<see cref="Pagination"/>); tests make it small to see the pages of a small site.</summary>
    internal int ListingPageSize { get; init; } = Pagination.DefaultSize;

    /// <summary>Called as each stage starts, for progress displays.</summary>
    public Action<BuildStage>? StageStarting { get; init; }

    /// <summary>Load and validate only: what <c>portal validate</c> runs.</summary>
    public BuildResult Validate()
    {
        try
        {
            LoadAndValidate();
        }
        catch (StageFailedException)
        {
        }

        return new BuildResult(_diagnostics.Items, 0, 0, _times) { Failure = _failure };
    }

    /// <summary>Load, validate and check the accounts: what <c>portal check</c> runs; writes nothing.</summary>
    public BuildResult Check()
    {
        try
        {
            CheckAccounts(LoadAndValidate());
        }
        catch (StageFailedException)
        {
        }

        return new BuildResult(_diagnostics.Items, 0, 0, _times) { Findings = _findings, Failure = _failure };
    }

    /// <summary>
    /// Builds the site. Render, index and write run together: each rendered file is written to the staging folder
    /// (or, without <see cref="WritesOutput"/>, kept in <see cref="BuildResult.Output"/>) and shown to the search
    /// index and the <paramref name="observers"/> as soon as it is ready; the staging folder replaces the output only
    /// when every file made it.
    /// </summary>
    public BuildResult Build(ISiteRenderer? renderer = null, IReadOnlyList<IOutputObserver>? observers = null)
    {
        if (StampFolder is null || !WritesOutput || renderer is not null || observers is not null)
        {
            return BuildAll(renderer, observers);
        }

        // Reading the inputs' metadata, hashing what changed and listing the output is what an unchanged build costs.
        var clock = Stopwatch.StartNew();
        var last = BuildStamp.Read(StampFolder, _config);
        var (key, inputs) = BuildStamp.Fingerprint(_config, $"strict={Strict} drafts={IncludeDrafts} only={OnlyDepartment} rules={Rules?.Count}", last);
        if (last is not null && last.Key == key && last.OutputIsAsWritten(_config.OutputDirectory))
        {
            _times[BuildStage.Load] = clock.Elapsed;
            return new BuildResult([], last.Pages, last.Files, _times) { UpToDate = true };
        }

        var result = BuildAll(renderer, observers);
        if (result.Succeeded)
        {
            BuildStamp.Write(StampFolder, _config, key, inputs, result.Pages, result.Files, result.Diagnostics.Count(d => d.Severity == Severity.Warning));
        }

        return result;
    }

    private BuildResult BuildAll(ISiteRenderer? renderer, IReadOnlyList<IOutputObserver>? observers)
    {
        try
        {
            // Disposed when rendered: the model's temporary files (classification entries) go with it, built or failed.
            using var site = LoadCheckAndModel();
            var index = new SearchIndexObserver(readings: Readings);
            var kept = WritesOutput ? null : new List<OutputFile>();
            var (pages, files) = RenderAndWrite(site, renderer ?? RazorSiteRenderer.Shared, [.. observers ?? [], index], kept);
            _times[BuildStage.Index] = index.Elapsed;
            _times[BuildStage.Write] -= index.Elapsed;
            return new BuildResult(_diagnostics.Items, pages, files, _times) { Findings = _findings, Output = kept, StageAllocations = _allocations };
        }
        catch (StageFailedException)
        {
            return new BuildResult(_diagnostics.Items, 0, 0, _times) { Findings = _findings, Failure = _failure };
        }
    }

    /// <summary>
    /// The load, validate, check and model stages. The content is not held past them: the model keeps each
    /// department's content until its pages are rendered and the data archive's until the archive is written, so a
    /// department's content is let go as the build passes it (issue 17). Not inlined, and the content never a value of
    /// the caller: the JIT keeps a method's temporaries (and reports them to the collector) for as long as a method
    /// with exception handlers runs, and the caller renders the whole site.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private SiteModel LoadCheckAndModel()
    {
        var content = LoadAndValidate();
        CheckAccounts(content);
        return Stage(BuildStage.Model, () => SiteModelBuilder.Build(_config, content, _findings, PlacedFindings, ListingPageSize));
    }

    /// <summary>The check stage: every finding becomes a warning, or an error under <see cref="Strict"/>.</summary>
    private void CheckAccounts(ContentSet content) => Stage(BuildStage.Check, () =>
    {
        _findings = AccountsChecker.Check(content, Rules, keepsCaches: LoadedFiles is not null, CheckedReports);
        foreach (var finding in _findings)
        {
            var severity = Strict && finding.Severity == FindingSeverity.Error ? Severity.Error : Severity.Warning;
            _diagnostics.Add(finding.AsDiagnostic(severity));
        }

        return true;
    });

    /// <summary>The render and write stages, interleaved; each keeps its own time and its own failures.</summary>
    private (int Pages, int Files) RenderAndWrite(SiteModel site, ISiteRenderer renderer, IReadOnlyList<IOutputObserver> observers, List<OutputFile>? kept)
    {
        StageStarting?.Invoke(BuildStage.Render);
        var total = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var writing = new Stopwatch();
        int pages = 0, files = 0;

        // Everything that touches the output folder or an observer counts as the write stage, in time and in blame.
        void Writing(Action write)
        {
            writing.Start();
            try
            {
                write();
            }
            catch (Exception ex)
            {
                throw Failed(BuildStage.Write, ex);
            }
            finally
            {
                writing.Stop();
            }
        }

        void Keep(StagedOutput? output, OutputFile file)
        {
            if (kept is null)
            {
                output!.Add(file);
            }
            else
            {
                kept.Add(file);
            }

            files++;
            pages += file.IsPage ? 1 : 0;
        }

        void Write(StagedOutput? output, OutputFile file, bool observe = true) => Writing(() =>
        {
            Keep(output, file);
            foreach (var observer in observe ? observers : [])
            {
                // What an observer adds is written, never observed: observers see only the site's own files.
                foreach (var added in observer.Observe(file))
                {
                    Keep(output, added);
                }
            }
        });

        StagedOutput? output = null;
        try
        {
            Writing(() => output = kept is null ? new StagedOutput(_config.OutputDirectory, OutputFolder.Sources(_config)) : null);
            // Before the later pages: the data page shows the archive's size. A method of its own, so that what writing
            // it took hold of is let go before the rest is rendered.
            void WriteArchive(GeneratedArchive archive)
            {
                // Each member is made once, written and compressed into the archive, which goes straight to the
                // staging folder.
                Stream? zip = null;
                Writing(() => zip = output?.Create(archive.OutputPath) ?? new MemoryStream());
                // Members too large to hold are written to their file as they are made; kept in memory only when
                // the caller keeps the whole site (portal serve), and then not observed, as in a written build.
                var streamed = new List<(string Path, MemoryStream Memory)>();
                Stream Open(string path)
                {
                    Stream? stream = null;
                    Writing(() => stream = output?.Create(path));
                    if (stream is not null)
                    {
                        files++;
                        return stream;
                    }

                    var memory = new MemoryStream();
                    streamed.Add((path, memory));
                    return memory;
                }

                using (zip)
                {
                    foreach (var member in DataArchive.Write(archive, zip!, Environment.ProcessorCount, Open, KeptArchive))
                    {
                        Write(output, member);
                    }

                    archive.Written(zip!.Length);
                    Writing(() =>
                    {
                        foreach (var (path, member) in streamed)
                        {
                            Keep(output, new OutputFile(path, member.ToArray(), IsPage: false));
                        }

                        if (zip is MemoryStream memory)
                        {
                            Keep(output, new OutputFile(archive.OutputPath, memory.ToArray(), IsPage: false));
                        }
                        else
                        {
                            files++;
                        }
                    });
                }
            }

            void Render(SiteModel part)
            {
                foreach (var file in renderer.Render(part, _diagnostics))
                {
                    Write(output, file);
                }

                if (_diagnostics.HasErrors)
                {
                    throw new StageFailedException();
                }
            }

            if (site.Archive is { } archive)
            {
                // The department pages first: each department makes its reports' open data as its pages are built and
                // lets go of them, so the archive, written next, never holds the whole site's tables (issue 17). Then
                // the pages that show the archive's size, and the site's files.
                Render(site with { Pages = site.Pages.Earlier, Generated = [], Files = [] });
                WriteArchive(archive);
                Render(site with { Pages = site.Pages.Later });
            }
            else
            {
                Render(site);
            }

            StageStarting?.Invoke(BuildStage.Index);

            // What observers add (an index of the pages) is written, not observed: they have finished observing. Each
            // file is written as it is made, not all made first (the search index's shards are hundreds of MB at
            // 10,000 reports). Completing counts with the observers' other work, which the caller takes back out of
            // the write stage.
            using (var completed = observers.SelectMany(o => o.Complete()).GetEnumerator())
            {
                while (true)
                {
                    OutputFile? next = null;
                    Writing(() => next = completed.MoveNext() ? completed.Current : null);
                    if (next is null)
                    {
                        break;
                    }

                    Write(output, next, observe: false);
                }
            }

            StageStarting?.Invoke(BuildStage.Write);
            Writing(() => output?.Commit());
            return (pages, files);
        }
        catch (Exception ex) when (ex is not StageFailedException)
        {
            throw Failed(BuildStage.Render, ex);
        }
        finally
        {
            output?.Dispose();
            _times[BuildStage.Render] = total.Elapsed - writing.Elapsed;
            _allocations[BuildStage.Render] = GC.GetTotalAllocatedBytes() - allocated;
            _times[BuildStage.Write] = writing.Elapsed;
        }
    }

    /// <summary>
    /// Records an unexpected exception as one line of its stage, naming what the stage was working on; the exception
    /// itself (and its trace) is kept for <c>--verbose</c>. The caller throws what this returns.
    /// </summary>
    private StageFailedException Failed(BuildStage stage, Exception ex)
    {
        var cause = ex;
        while (cause is AggregateException { InnerExceptions.Count: > 0 } or System.Reflection.TargetInvocationException && cause.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        if (((cause as WorkFailedException)?.InnerException as LocatedException ?? cause as LocatedException) is { } located)
        {
            _diagnostics.Add(located.Diagnostic);
            return new StageFailedException();
        }

        var (subject, message) = cause is WorkFailedException work ? ($" on {work.Subject}", work.InnerException!.Message) : (string.Empty, cause.Message);
        _diagnostics.Error(stage, null, null, $"{stage.ToString().ToLowerInvariant()} stage failed{subject}: {message} (an unexpected error in Portal; run with --verbose for the details)");
        _failure ??= cause;
        return new StageFailedException();
    }

    private ContentSet LoadAndValidate()
    {
        var language = MessageLanguages.Of(_config.Language);
        var content = Stage(BuildStage.Load, () => ContentLoader.Load(_config.ContentDirectory, _diagnostics, LoadedFiles, language));
        return Stage(BuildStage.Validate, () =>
        {
            ContentValidator.Validate(content, _diagnostics, Strict, language);
            ThemeValidator.Validate(_config, _diagnostics);
            SiteFolders.Refuse(content, _diagnostics, language);
            return ContentFilter.Apply(content, IncludeDrafts, OnlyDepartment, _diagnostics, language);
        });
    }

    private T Stage<T>(BuildStage stage, Func<T> run)
    {
        StageStarting?.Invoke(stage);
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            var result = run();
            if (_diagnostics.HasErrors)
            {
                throw new StageFailedException();
            }

            return result;
        }
        catch (Exception ex) when (ex is not StageFailedException)
        {
            throw Failed(stage, ex);
        }
        finally
        {
            _times[stage] = clock.Elapsed;
            _allocations[stage] = GC.GetTotalAllocatedBytes() - allocated;
        }
    }
}
