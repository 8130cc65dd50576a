using Portal.Build.Check;
using Portal.Core.Diagnostics;

namespace Portal.Build.Pipeline;

/// <summary>What a build did: its diagnostics, what it wrote and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Files,
    IReadOnlyDictionary<BuildStage, TimeSpan> StageTimes)
{
    /// <summary>What the accounts checker found (the check stage); empty when the build stopped before it.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Every file of the site, when the build kept them instead of writing them (portal serve); else null.</summary>
    public IReadOnlyList<Render.OutputFile>? Output { get; init; }

    /// <summary>
    /// Bytes allocated on the managed heap while each stage ran, for <c>--timings</c>. Render, index and write run
    /// interleaved, so their bytes are all under <see cref="BuildStage.Render"/>.
    /// </summary>
    public IReadOnlyDictionary<BuildStage, long> StageAllocations { get; init; } = new Dictionary<BuildStage, long>();

    /// <summary>The unexpected exception that stopped the build, for <c>--verbose</c>; null when none did.</summary>
    public Exception? Failure { get; init; }

    /// <summary><c>--incremental</c>: nothing changed since the last build into the output folder, so nothing was built or written.</summary>
    public bool UpToDate { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public TimeSpan Elapsed => StageTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
