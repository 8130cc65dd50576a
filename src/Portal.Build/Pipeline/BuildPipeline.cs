using System.Diagnostics;
using Portal.Build.Check;
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
/// The build as named stages — load, validate, check, model, render, index (site search), write. Each stage's unexpected failure is
/// wrapped as a diagnostic of that stage; nothing is written unless every earlier stage succeeded.
/// </summary>
public sealed class BuildPipeline
{
    private readonly SiteConfig _config;
    private readonly Dictionary<BuildStage, TimeSpan> _times = [];
    private readonly DiagnosticBag _diagnostics = new();

    private IReadOnlyList<Finding> _findings = [];

    public BuildPipeline(SiteConfig config) => _config = config;

    /// <summary><c>--strict</c>: a finding of severity error fails the build instead of being a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>False for a caller that keeps the rendered files itself (portal serve serves them from memory).</summary>
    public bool WritesOutput { get; init; } = true;

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

        return new BuildResult(_diagnostics.Items, 0, 0, _times);
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

        return new BuildResult(_diagnostics.Items, 0, 0, _times) { Findings = _findings };
    }

    public BuildResult Build(ISiteRenderer? renderer = null)
    {
        try
        {
            var content = LoadAndValidate();
            CheckAccounts(content);
            var site = Stage(BuildStage.Model, () => SiteModelBuilder.Build(_config, content, _findings));
            var rendered = Stage(BuildStage.Render, () => (renderer ?? RazorSiteRenderer.Shared).Render(site, _diagnostics));
            var files = Stage(BuildStage.Index, () => SearchIndexStage.AddIndex(rendered));
            if (WritesOutput)
            {
                Stage(BuildStage.Write, () =>
                {
                    OutputWriter.WriteAtomically(_config.OutputDirectory, files);
                    return true;
                });
            }

            return new BuildResult(_diagnostics.Items, files.Count(f => f.IsPage), files.Count, _times) { Findings = _findings };
        }
        catch (StageFailedException)
        {
            return new BuildResult(_diagnostics.Items, 0, 0, _times) { Findings = _findings };
        }
    }

    /// <summary>The check stage: every finding becomes a warning, or an error under <see cref="Strict"/>.</summary>
    private void CheckAccounts(ContentSet content) => Stage(BuildStage.Check, () =>
    {
        _findings = AccountsChecker.Check(content);
        foreach (var finding in _findings)
        {
            var severity = Strict && finding.Severity == FindingSeverity.Error ? Severity.Error : Severity.Warning;
            _diagnostics.Add(new Diagnostic(BuildStage.Check, severity, finding.Location, finding.FieldPath, $"[{finding.Rule}] {finding.Message}"));
        }

        return true;
    });

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
        StageStarting?.Invoke(stage);
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
