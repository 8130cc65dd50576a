namespace Portal.Core.Model.Performance;

/// <summary>A fund row: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (%), 得分.</summary>
public sealed record FundRow(
    string Name,
    decimal? InitialBudget,
    decimal? FullYearBudget,
    decimal? Executed,
    decimal? MaxScore,
    decimal? ExecutionRate,
    decimal? Score);
