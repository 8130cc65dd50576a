namespace Portal.Build.Check.Rules;

/// <summary>绩效自评表: the 分值 of the 三级指标 under each 一级指标 add up to its printed weight (“产出指标（50分）”).</summary>
public sealed class PerformanceWeightsRule : ICheckRule
{
    public string Id => "perf.weights";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            for (var c = 0; c < evaluation.Indicators.Count; c++)
            {
                var category = evaluation.Indicators[c];
                var maxima = category.Groups.SelectMany(g => g.Items).Select(i => i.MaxScore).OfType<decimal>().ToArray();
                yield return context.Compare(Id, $"{path}.indicators[{c}].weight", category.Weight, maxima.Length == 0 ? null : maxima.Sum(),
                    $"{name} 一级指标“{category.Name}”的分值", "按其下各三级指标分值相加", unit: "分");
            }
        }
    }
}
