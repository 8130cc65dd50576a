using Portal.Core.Model.Performance;

namespace Portal.Build.Modeling;

/// <summary>What the 自评表 partial receives; <paramref name="Path"/> is the 自评表's field path (EvaluationPaths), for its flagged cells.</summary>
public sealed record EvaluationContext(ReportPage Page, string Anchor, Evaluation Evaluation, string Path)
{
    /// <summary>四川 forms print no 分值/得分; their columns are left out rather than shown empty.</summary>
    public bool HasScores => Evaluation.Indicators.Any(c => c.Groups.Any(g => g.Items.Any(i => i.MaxScore is not null || i.Score is not null)))
        || Evaluation.Total is not null;
}
