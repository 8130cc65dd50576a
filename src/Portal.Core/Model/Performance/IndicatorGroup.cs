namespace Portal.Core.Model.Performance;

/// <summary>二级指标 (数量, 质量, 时效, 成本, 效益…) with its 三级指标.</summary>
public sealed record IndicatorGroup(string Name, IReadOnlyList<Indicator> Items);
