namespace Portal.Core.Model.Performance;

/// <summary>总分: the printed maximum and the printed score.</summary>
public sealed record EvaluationTotal(decimal? Max, decimal? Score);
