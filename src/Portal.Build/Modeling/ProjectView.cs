using Portal.Core.Model.Performance;

namespace Portal.Build.Modeling;

/// <summary>One 项目's 绩效 material ready to render; <paramref name="EvaluationPath"/> is its 自评表's field path (EvaluationPaths).</summary>
public sealed record ProjectView(string Anchor, string Name, Evaluation? Evaluation, int? EvaluationAnchorLine, DocumentView? Report, string EvaluationPath);
