namespace Portal.Core.Model.Performance;

/// <summary>
/// The YAML field paths of a 绩效自评表's figures, as the checker names them (<c>performance.projects[2].evaluation.total.max</c>):
/// the 自评表 partial marks a flagged cell by them, so a finding's marker sits on the figure it is about.
/// </summary>
public static class EvaluationPaths
{
    public const string Overall = "performance.overall.evaluation";

    public static string Project(int index) => $"performance.projects[{index}].evaluation";

    /// <summary>Cell <paramref name="column"/> of 资金 row <paramref name="row"/>: 1 年初预算数 … 5 执行率, 6 得分.</summary>
    public static string Fund(string evaluation, int row, int column) => $"{evaluation}.funds[{row}][{column}]";

    /// <summary>The 总分 row's <c>max</c> (分值) or <c>score</c> (得分).</summary>
    public static string Total(string evaluation, string field) => $"{evaluation}.total.{field}";

    /// <summary>The weight printed beside a 一级指标.</summary>
    public static string CategoryWeight(string evaluation, int category) => $"{evaluation}.indicators[{category}].weight";

    /// <summary>A field (<c>score</c>, <c>max</c>) of a 三级指标.</summary>
    public static string Item(string evaluation, int category, int group, int item, string field) =>
        $"{evaluation}.indicators[{category}].groups[{group}].items[{item}].{field}";
}
