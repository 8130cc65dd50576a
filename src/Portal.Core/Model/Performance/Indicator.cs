namespace Portal.Core.Model.Performance;

/// <summary>三级指标: 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施.</summary>
public sealed record Indicator(
    string Name,
    string? Target,
    string? Actual,
    decimal? MaxScore,
    decimal? Score,
    string? Note);
