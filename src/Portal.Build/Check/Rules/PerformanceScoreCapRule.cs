namespace Portal.Build.Check.Rules;

/// <summary>绩效自评表: no 得分 exceeds its 分值 (fund rows and 三级指标).</summary>
public sealed class PerformanceScoreCapRule : ICheckRule
{
    public string Id => "perf.score-max";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            var cells = evaluation.Funds.Select((f, i) => (Path: $"{path}.funds[{i}][6]", Label: f.Name, Max: f.MaxScore, Score: f.Score))
                .Concat(Evaluations.Items(path, evaluation).Select(x => (Path: x.Path + ".score", Label: x.Item.Name, Max: x.Item.MaxScore, Score: x.Item.Score)));
            foreach (var cell in cells)
            {
                if (cell is { Max: { } max, Score: { } score } && score > max)
                {
                    yield return context.Flag(Id, FindingSeverity.Error, cell.Path,
                        $"{name}“{cell.Label}”得分{Tolerance.Show(score)}分，超过其分值{Tolerance.Show(max)}分。", stated: score, computed: max);
                }
            }
        }
    }
}
