using Portal.Build.Load.Yaml;
using Portal.Core.Model.Performance;

namespace Portal.Build.Load.Readers;

/// <summary>Reads the 绩效 part: 部门整体 and 项目 self-evaluation tables and reports.</summary>
internal sealed class PerformanceReader(DocumentReader documents)
{
    public PerformanceSection Read(MappingReader map) => new()
    {
        HeadingRaw = map.OptionalText("heading_raw"),
        Overall = map.OptionalMapping("overall") is { } overall ? overall.Complete(ReadOverall(overall)) : null,
        Reports = map.MappingList("reports", documents.Read),
        Projects = map.MappingList("projects", ReadProject),
    };

    private OverallPerformance ReadOverall(MappingReader map) => new()
    {
        Evaluation = map.OptionalMapping("evaluation") is { } e ? e.Complete(ReadEvaluation(e)) : null,
        Report = map.OptionalMapping("report") is { } r ? r.Complete(documents.Read(r)) : null,
        Tables = map.MappingList("tables", GenericTableReader.Read),
        Score = map.OptionalDecimal("score", "the overall score the text states"),
    };

    private ProjectPerformance ReadProject(MappingReader map) => new()
    {
        Name = map.RequiredText("name", "the 项目 name as printed"),
        Evaluation = map.OptionalMapping("evaluation") is { } e ? e.Complete(ReadEvaluation(e)) : null,
        Report = map.OptionalMapping("report") is { } r ? r.Complete(documents.Read(r)) : null,
    };

    private static Evaluation ReadEvaluation(MappingReader map)
    {
        var context = map.Context;
        return new Evaluation
        {
            Title = map.OptionalText("title"),
            HeadingRaw = map.OptionalText("heading_raw"),
            Period = map.OptionalText("period"),
            SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
            Fields = map.Value("fields") is { } fields ? context.CellRows(fields, map.Child("fields")) : [],
            Funds = map.List("funds", (node, path) =>
            {
                var cells = context.Sequence(node, path);
                if (cells is null)
                {
                    return null;
                }

                if (cells.Count != 7)
                {
                    context.Error(node, path, $"expected a fund row of 7 cells [名称, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分], found {cells.Count}");
                    return null;
                }

                decimal? Amount(int i, string what) => context.Decimal(cells[i], $"{path}[{i}]", what);
                return new FundRow(
                    context.Text(cells[0], $"{path}[0]") ?? string.Empty,
                    Amount(1, "年初预算数"),
                    Amount(2, "全年预算数"),
                    Amount(3, "全年执行数"),
                    Amount(4, "分值"),
                    Amount(5, "执行率 (a percentage written as a number: 100 for 100%)"),
                    Amount(6, "得分"));
            }),
            BudgetRows = map.Value("budget_rows") is { } budget ? context.CellRows(budget, map.Child("budget_rows")) : [],
            FundNotes = map.TextList("fund_notes"),
            Goals = map.OptionalMapping("goals") is { } goals
                ? goals.Complete(new EvaluationGoals(goals.OptionalText("expected"), goals.OptionalText("actual")))
                : null,
            Indicators = map.MappingList("indicators", category => new IndicatorCategory(
                category.RequiredText("name", "the 一级指标 name, e.g. 产出指标"),
                category.OptionalDecimal("weight", "the printed weight (50 for “(50分)”)"),
                category.MappingList("groups", group => new IndicatorGroup(
                    group.RequiredText("name", "the 二级指标 name, e.g. 数量指标"),
                    group.MappingList("items", item => new Indicator(
                        item.RequiredText("name", "the 三级指标 name"),
                        item.OptionalText("target"),
                        item.OptionalText("actual"),
                        item.OptionalDecimal("max", "分值"),
                        item.OptionalDecimal("score", "得分"),
                        item.OptionalText("note"))))))),
            Total = map.OptionalMapping("total") is { } total
                ? total.Complete(new EvaluationTotal(total.OptionalDecimal("max", "总分 分值"), total.OptionalDecimal("score", "总分 得分")))
                : null,
            Signature = map.OptionalText("signature"),
        };
    }
}
