namespace Portal.Core.Model.Performance;

/// <summary>一级指标 (产出/效益/满意度) with its printed weight and its 二级指标.</summary>
public sealed record IndicatorCategory(string Name, decimal? Weight, IReadOnlyList<IndicatorGroup> Groups);
