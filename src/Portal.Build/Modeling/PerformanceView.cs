using Portal.Core.Model.Performance;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>The 绩效 part of a report ready to render.</summary>
public sealed record PerformanceView(
    string? HeadingRaw,
    Evaluation? OverallEvaluation,
    DocumentView? OverallReport,
    IReadOnlyList<GenericTable> OverallTables,
    decimal? OverallScore,
    IReadOnlyList<DocumentView> Reports,
    IReadOnlyList<ProjectView> Projects);
