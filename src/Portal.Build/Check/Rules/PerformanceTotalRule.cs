namespace Portal.Build.Check.Rules;

/// <summary>
/// 绩效自评表 总分: its 分值 = the fund row's 分值 + Σ 三级指标 分值, and its 得分 = the fund row's 得分 + Σ 得分.
/// </summary>
public sealed class PerformanceTotalRule : ICheckRule
{
    public string Id => "perf.total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            if (evaluation.Total is not { } total)
            {
                continue;
            }

            var fund = evaluation.Funds.FirstOrDefault();
            var items = Evaluations.Items(path, evaluation).Select(x => x.Item).ToArray();
            var max = items.All(i => i.MaxScore is null) ? (decimal?)null : (fund?.MaxScore ?? 0m) + items.Sum(i => i.MaxScore ?? 0m);
            var score = items.All(i => i.Score is null) ? (decimal?)null : (fund?.Score ?? 0m) + items.Sum(i => i.Score ?? 0m);
            yield return context.Compare(Id, $"{path}.total.max", total.Max, max, $"{name} 总分的分值", "按资金行分值加各三级指标分值", unit: "分");

            yield return context.Compare(Id, $"{path}.total.score", total.Score, score, $"{name} 总分的得分", "按资金行得分加各三级指标得分", unit: "分");
        }
    }
}
