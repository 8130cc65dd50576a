using Portal.Build.Check;
using Portal.Build.Pipeline;
using Portal.Build.Render;
using Portal.Core.Diagnostics;

namespace Portal.Build.Incremental;

/// <summary>One rebuild: its diagnostics and, when it succeeded, the whole site's files and how many pages were rendered.</summary>
public sealed record RebuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile>? Files, int RenderedPages, TimeSpan Elapsed)
{
    /// <summary>How long each pipeline stage took, for the console line of portal serve.</summary>
    public IReadOnlyDictionary<BuildStage, TimeSpan> StageTimes { get; init; } = new Dictionary<BuildStage, TimeSpan>();

    /// <summary>The accounts checker's findings of the build, which the console and the page panel show in the site's words.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The output paths of the pages rendered again (the others' bytes were kept), in site order.</summary>
    public IReadOnlyList<string> RenderedPaths { get; init; } = [];

    public bool Succeeded => Files is not null;

    public static RebuildResult From(BuildResult build, IReadOnlyList<OutputFile>? files, int renderedPages, TimeSpan elapsed) =>
        new(build.Diagnostics, build.Succeeded ? files : null, renderedPages, elapsed) { StageTimes = build.StageTimes, Findings = build.Findings };
}
