namespace Portal.Core.Model.Performance;

/// <summary>年度总体目标: 预期目标 and 实际完成情况.</summary>
public sealed record EvaluationGoals(string? Expected, string? Actual);
