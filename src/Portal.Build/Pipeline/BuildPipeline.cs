using System.Diagnostics;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Build.Search;
using Portal.Build.Validate;
using Portal.Build.Write;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Pipeline;

/// <summary>
/// The build as named stages — load, validate, model, render, index (site search), write. Each stage's unexpected failure is
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

    public BuildResult Build(ISiteRenderer? renderer = null)
    {
        try
        {
            var content = LoadAndValidate();
            var site = Stage(BuildStage.Model, () => SiteModelBuilder.Build(_config, content));
            var rendered = Stage(BuildStage.Render, () => (renderer ?? RazorSiteRenderer.Shared).Render(site, _diagnostics));
            var files = Stage(BuildStage.Index, () => SearchIndexStage.AddIndex(rendered));
            Stage(BuildStage.Write, () =>
            {
                OutputWriter.WriteAtomically(_config.OutputDirectory, files);
                return true;
            });
            return new BuildResult(_diagnostics.Items, files.Count(f => f.IsPage), files.Count, _times);
        }
        catch (StageFailedException)
        {
            return new BuildResult(_diagnostics.Items, 0, 0, _times);
        }
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
            _diagnostics.Error(stage, null, null, $"{stage.ToString().ToLowerInvariant()} stage failed: {ex.Message}");
            throw new StageFailedException();
        }
        finally
        {
            _times[stage] = clock.Elapsed;
        }
    }
}
