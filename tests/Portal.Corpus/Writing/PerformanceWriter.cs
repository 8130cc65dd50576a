using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>
/// Writes the 绩效 part: a 部门整体支出绩效自评表 and one 项目支出绩效自评表 per project, in the 湖南 form.
/// Weights add up to the 一级指标's printed weight, 得分 ≤ 分值, Σ 得分 = 总分, 执行率 = 执行数 ÷ 全年预算数.
/// </summary>
public sealed class PerformanceWriter(ReportFigures figures, Random random, YamlText yaml, SourceText source)
{
    /// <summary>一级指标 (weight) → 二级指标 (三级指标 name, 分值): 50 + 30 + 10, plus 10 for the fund row = 100.</summary>
    private static readonly (string Name, int Weight, (string Group, string Item, int Max, string Target)[] Groups)[] Indicators =
    [
        ("产出指标", 50, [("数量指标", "重点工作完成数", 20, "≥5项"), ("质量指标", "达标完成率", 10, "100%"), ("时效指标", "及时完成情况", 10, "年底前完成"), ("成本指标", "成本控制", 10, "控制在预算内")]),
        ("效益指标", 30, [("经济效益指标", "资金使用效益", 10, "效果明显"), ("社会效益指标", "服务保障能力", 10, "有效提升"), ("可持续影响指标", "长效管理机制", 10, "持续完善")]),
        ("满意度指标", 10, [("服务对象满意度指标", "服务对象满意度", 10, "≥90%")]),
    ];

    private const int FundWeight = 10;

    public void Write()
    {
        var initial = figures.Expenditure - Amounts.Share(figures.Expenditure, random.NextDouble() * 0.2);
        var budget = figures.Expenditure + Amounts.Share(figures.Expenditure, random.NextDouble() * 0.05);
        yaml.Block("performance", () =>
        {
            source.Add(string.Empty);
            source.Add("第五部分 附件");
            yaml.Key("heading_raw", "第五部分 附件");
            var drafts = new PerformanceReportDrafts(figures);
            var documents = new DocumentWriter(yaml, source);
            yaml.Block("overall", () =>
            {
                var score = Evaluation("部门整体支出绩效自评表", "附件1", "预算单位名称", figures.Department.Name, initial, budget, figures.Expenditure,
                    $"履行{figures.Department.Agency.Duty}等职责，保障部门正常运转。");
                yaml.Key("score", score);
                documents.Write("report", "部门整体支出绩效自评报告", $"{figures.Year}年度部门整体支出绩效自评报告", drafts.Overall(score));
            });
            if (figures.Projects.Count == 0)
            {
                return;
            }

            var scores = new List<decimal>();
            yaml.Block("projects", () =>
            {
                for (var i = 0; i < figures.Projects.Count; i++)
                {
                    var project = figures.Projects[i];
                    yaml.Item(() =>
                    {
                        yaml.Key("name", project.Name);
                        scores.Add(Evaluation("项目支出绩效自评表", $"附件2-{i + 1}", "项目名称", project.Name, project.InitialBudget, project.Budget, project.Spent,
                            $"按计划完成{project.Name}各项任务，资金使用规范、安全、有效。"));
                    });
                }
            });
            yaml.Block("reports", () => yaml.Item(() =>
                documents.WriteContent("项目支出绩效自评报告", $"{figures.Year}年度项目支出绩效自评报告", drafts.Projects(scores))));
        });
    }

    /// <summary>Writes one 自评表 and returns its 总分 得分.</summary>
    private decimal Evaluation(string title, string headingRaw, string label, string value, decimal initial, decimal budget, decimal spent, string goal)
    {
        var rate = Amounts.Percent(spent, budget);
        decimal fundScore = rate >= 99 ? FundWeight : rate >= 95 ? FundWeight - 1 : FundWeight - 2;
        var total = fundScore;
        yaml.Block("evaluation", () =>
        {
            source.Add(string.Empty);
            var line = source.Add($"{headingRaw} {title}");
            source.Add($"（{figures.Year}年度）");
            source.Add($"{label}\t{value}");
            source.Add($"年度资金总额\t{Amounts.Format(initial)}\t{Amounts.Format(budget)}\t{Amounts.Format(spent)}\t{FundWeight}\t{Amounts.Format(rate)}\t{fundScore}");
            source.Add($"年度总体目标\t{goal}\t{goal}");
            yaml.Key("title", title).Key("heading_raw", headingRaw).Key("period", $"{figures.Year}年度").Key("source_line", line);
            yaml.Block("fields", () => yaml.Row(label, value));
            yaml.Block("funds", () => yaml.Row("年度资金总额", initial, budget, spent, FundWeight, rate, fundScore));
            yaml.Block("goals", () => yaml.Literal("expected", goal).Literal("actual", goal));
            yaml.Block("indicators", () =>
            {
                foreach (var (name, weight, groups) in Indicators)
                {
                    yaml.Item(() =>
                    {
                        yaml.Key("name", name).Key("weight", weight);
                        yaml.Block("groups", () =>
                        {
                            foreach (var (group, item, max, target) in groups)
                            {
                                // Most indicators get full marks; some lose a point or two, as real self-evaluations do.
                                var score = random.NextDouble() < 0.8 ? max : max - random.Next(1, 3);
                                total += score;
                                source.Add($"{name}\t{group}\t{item}\t{target}\t{target}\t{max}\t{score}");
                                yaml.Item(() =>
                                {
                                    yaml.Key("name", group);
                                    yaml.Block("items", () => yaml.Raw(
                                        $"- {{name: \"{item}\", target: \"{target}\", actual: \"{target}\", max: {max}, score: {score}, note: null}}"));
                                });
                            }
                        });
                    });
                }
            });
            source.Add($"总分\t100\t{total}");
            yaml.Raw($"total: {{max: 100, score: {total}}}");
        });
        return total;
    }
}
