using Portal.Core.Model;
using Portal.Core.Model.Performance;

namespace Portal.Build.Check.Rules;

/// <summary>Every 绩效自评表 of a report with its YAML path and a name readers know it by.</summary>
internal static class Evaluations
{
    public static IEnumerable<(string Path, string Name, Evaluation Evaluation)> Of(Report report)
    {
        if (report.Performance is not { } p)
        {
            yield break;
        }

        if (p.Overall?.Evaluation is { } overall)
        {
            yield return ("performance.overall.evaluation", "部门整体支出绩效自评表", overall);
        }

        for (var i = 0; i < p.Projects.Count; i++)
        {
            if (p.Projects[i].Evaluation is { } e)
            {
                yield return ($"performance.projects[{i}].evaluation", $"项目“{p.Projects[i].Name}”绩效自评表", e);
            }
        }
    }

    /// <summary>Every 三级指标 with its path.</summary>
    public static IEnumerable<(string Path, Indicator Item)> Items(string path, Evaluation evaluation) =>
        evaluation.Indicators.SelectMany((c, ci) => c.Groups.SelectMany((g, gi) =>
            g.Items.Select((item, ii) => ($"{path}.indicators[{ci}].groups[{gi}].items[{ii}]", item))));
}
