namespace Portal.Build.Check.Rules;

/// <summary>绩效自评表 fund rows: 执行率 = 全年执行数 ÷ 全年预算数 (in %). A zero budget is complete.zero-budget's concern.</summary>
public sealed class ExecutionRateRule : ICheckRule
{
    public string Id => "perf.execution-rate";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            for (var i = 0; i < evaluation.Funds.Count; i++)
            {
                var fund = evaluation.Funds[i];
                if (fund is not { FullYearBudget: { } budget, Executed: { } executed, ExecutionRate: { } rate } || budget == 0m)
                {
                    continue;
                }

                yield return context.Compare(Id, $"{path}.funds[{i}][5]", rate, executed / budget * 100m,
                    $"{name}“{fund.Name}”的执行率", $"按全年执行数{Tolerance.Show(executed)}÷全年预算数{Tolerance.Show(budget)}计算", unit: "%");
            }
        }
    }
}
