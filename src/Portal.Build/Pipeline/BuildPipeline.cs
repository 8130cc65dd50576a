using System.Diagnostics;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Build.Validate;
using Portal.Build.Write;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Pipeline;

/// <summary>
/// The build as named stages — load, validate, model, render, write. Each stage's unexpected failure is
/// wrapped as a diagnostic of that stage; nothing is written unless every earlier stage succeeded.
/// </summary>
public sealed class BuildPipeline
{
    private readonly SiteConfig _config;
    private readonly Dictionary<BuildStage, TimeSpan> _times = [];
    private readonly DiagnosticBag _diagnostics = new();

    public BuildPipeline(SiteConfig config) => _config = config;

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

        return new BuildResult(_diagnostics.Items, 0, 0, _times);
    }

    /// <summary>
    /// Builds the site. Render and write run together: each rendered file is written to the staging folder and shown
    /// to the <paramref name="observers"/> as soon as it is ready, and the staging folder replaces the output only
    /// when every file made it.
    /// </summary>
    public BuildResult Build(ISiteRenderer? renderer = null, IReadOnlyList<IOutputObserver>? observers = null)
    {
        try
        {
            var content = LoadAndValidate();
            var site = Stage(BuildStage.Model, () => SiteModelBuilder.Build(_config, content));
            var (pages, files) = RenderAndWrite(site, renderer ?? RazorSiteRenderer.Shared, observers ?? []);
            return new BuildResult(_diagnostics.Items, pages, files, _times);
        }
        catch (StageFailedException)
        {
            return new BuildResult(_diagnostics.Items, 0, 0, _times);
        }
    }

    /// <summary>The render and write stages, interleaved; each keeps its own time and its own failures.</summary>
    private (int Pages, int Files) RenderAndWrite(SiteModel site, ISiteRenderer renderer, IReadOnlyList<IOutputObserver> observers)
    {
        var total = Stopwatch.StartNew();
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

        void Write(StagedOutput output, OutputFile file, bool observe = true)
        {
            Writing(() =>
            {
                output.Add(file);
                foreach (var observer in observe ? observers : [])
                {
                    observer.Observe(file);
                }
            });
            files++;
            pages += file.IsPage ? 1 : 0;
        }

        StagedOutput? output = null;
        try
        {
            Writing(() => output = new StagedOutput(_config.OutputDirectory));
            foreach (var file in renderer.Render(site, _diagnostics))
            {
                Write(output!, file);
            }

            if (_diagnostics.HasErrors)
            {
                throw new StageFailedException();
            }

            // What observers add (an index of the pages) is written, not observed: they have finished observing.
            foreach (var file in observers.SelectMany(o => o.Complete()).ToArray())
            {
                Write(output!, file, observe: false);
            }

            Writing(output!.Commit);
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
            _times[BuildStage.Write] = writing.Elapsed;
        }
    }

    /// <summary>Records an unexpected exception as a diagnostic of its stage; the caller throws what this returns.</summary>
    private StageFailedException Failed(BuildStage stage, Exception ex)
    {
        _diagnostics.Error(stage, null, null, $"{stage.ToString().ToLowerInvariant()} stage failed: {ex.Message}");
        return new StageFailedException();
    }

    private ContentSet LoadAndValidate()
    {
        var content = Stage(BuildStage.Load, () => ContentLoader.Load(_config.ContentDirectory, _diagnostics));
        Stage(BuildStage.Validate, () =>
        {
            ContentValidator.Validate(content, _diagnostics);
            return true;
        });
        return content;
    }

    private T Stage<T>(BuildStage stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
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
        }
    }
}
