using Portal.Core.Model.Narrative;

namespace Portal.Core.Model.Performance;

/// <summary>One 项目's 绩效自评表 and 自评报告.</summary>
public sealed record ProjectPerformance
{
    public required string Name { get; init; }

    public Evaluation? Evaluation { get; init; }

    public Document? Report { get; init; }
}
