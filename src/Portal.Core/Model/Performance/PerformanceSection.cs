using Portal.Core.Model.Narrative;

namespace Portal.Core.Model.Performance;

/// <summary>绩效: the 部门整体 self-evaluation, reports, and every 项目's.</summary>
public sealed record PerformanceSection
{
    public string? HeadingRaw { get; init; }

    public OverallPerformance? Overall { get; init; }

    public IReadOnlyList<Document> Reports { get; init; } = [];

    public IReadOnlyList<ProjectPerformance> Projects { get; init; } = [];
}
