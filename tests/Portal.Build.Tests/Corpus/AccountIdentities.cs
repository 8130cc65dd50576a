using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Tests.Corpus;

/// <summary>
/// The identities of the spec (§6) for one report with the nine tables: each broken identity is returned as a
/// sentence naming the table and figures. Exact: the generated corpus has no rounding differences.
/// </summary>
public static class AccountIdentities
{
    public static IReadOnlyList<string> Broken(Report report)
    {
        var broken = new List<string>();
        void Expect(bool holds, string what)
        {
            if (!holds)
            {
                broken.Add($"{report.Year}: {what}");
            }
        }

        var t = report.Tables;
        decimal Line(IReadOnlyList<LineRow> rows, string item, int column = 0) =>
            rows.Single(r => Portal.Core.Model.Tables.LineRow.LabelOf(r.Item) == item).Amounts[column] ?? 0;

        // 公开01: 本年收入合计 + 使用非财政拨款结余 + 年初 = 总计 = 本年支出合计 + 结余分配 + 年末.
        var t01 = t.Summary!;
        var incomeLines = t01.Income.Take(8).Sum(r => r.Amounts[0] ?? 0);
        Expect(incomeLines == Line(t01.Income, "本年收入合计"), "公开01 income lines add up to 本年收入合计");
        Expect(Line(t01.Income, "本年收入合计") + Line(t01.Income, "使用非财政拨款结余（含专用结余）") + Line(t01.Income, "年初结转和结余") == Line(t01.Income, "总计"), "公开01 income side adds up to 总计");
        Expect(Line(t01.Expenditure, "本年支出合计") + Line(t01.Expenditure, "结余分配") + Line(t01.Expenditure, "年末结转和结余") == Line(t01.Expenditure, "总计"), "公开01 expenditure side adds up to 总计");
        Expect(Line(t01.Income, "总计") == Line(t01.Expenditure, "总计"), "公开01 总计 is the same on both sides");

        // Row and tree identities of the coded tables.
        CheckTree(t.Income!, broken, report.Year, row => row[0] == row.Skip(1).Sum());
        CheckTree(t.Expenditure!, broken, report.Year, row => row[0] == row[1] + row[2] + row[3] + row[4] + row[5]);
        CheckTree(t.GeneralBudget!, broken, report.Year, row => row[0] == row[1] + row[2]);

        // Cross-table: 01 income lines = 02 合计; 01 expenditure 类 = 03 类; 04 一般公共预算 = 05 类; 05 基本 = 06 人员 + 公用.
        var t02Total = t.Income!.Rows[0].Amounts.Select(a => a ?? 0).ToArray();
        Expect(t02Total[0] == Line(t01.Income, "本年收入合计") && t02Total[1] == t01.Income.Take(3).Sum(r => r.Amounts[0]) && t02Total[6] == Line(t01.Income, "其他收入"),
            "公开01 income lines equal 公开02 合计");
        foreach (var row in t.Expenditure!.Rows.Where(r => r.Depth == 1))
        {
            Expect(Line(t01.Expenditure, row.Name) == row.Amounts[0], $"公开01 expenditure {row.Name} equals 公开03");
        }

        var t04 = t.FiscalSummary!;
        foreach (var row in t.GeneralBudget!.Rows.Where(r => r.Depth == 1))
        {
            Expect(Line(t04.Expenditure, row.Name, 1) == row.Amounts[0], $"公开04 一般公共预算 {row.Name} equals 公开05");
        }

        Expect(Line(t04.Income, "本年收入合计") + Line(t04.Income, "年初财政拨款结转和结余") == Line(t04.Income, "总计"), "公开04 income side adds up to 总计");
        Expect(Line(t04.Expenditure, "本年支出合计") + Line(t04.Expenditure, "年末财政拨款结转和结余") == Line(t04.Income, "总计"), "公开04 both sides agree");

        var t06 = t.BasicEconomic!;
        var economic = t06.Groups.SelectMany(g => g).ToArray();
        foreach (var cls in economic.Where(r => r.Code!.Length == 3))
        {
            Expect(cls.Amounts[0] == economic.Where(r => r.Code!.Length == 5 && r.Code.StartsWith(cls.Code!, StringComparison.Ordinal)).Sum(r => r.Amounts[0]),
                $"公开06 类 {cls.Code} is the sum of its 款");
        }

        Expect(t.GeneralBudget.Rows[0].Amounts[1] == t06.PersonnelTotal + t06.PublicTotal, "公开05 基本支出 equals 公开06 人员经费 + 公用经费");

        // 公开09: 合计 = 出国 + 公务用车小计 + 接待, 小计 = 购置 + 运行维护.
        foreach (var side in new[] { t.Sangong!.Budget!, t.Sangong.Actual! })
        {
            Expect(side.Total == side.Overseas + side.Vehicles + side.Reception && side.Vehicles == side.VehiclePurchase + side.VehicleOperation, "公开09 adds up");
        }

        CheckPerformance(report, Expect);
        return broken;
    }

    /// <summary>Each row satisfies its row identity; 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every column.</summary>
    private static void CheckTree(CodedTable table, List<string> broken, int year, Func<decimal[], bool> rowHolds)
    {
        var rows = table.Rows;
        decimal[] Amounts(CodedRow r) => r.Amounts.Select(a => a ?? 0).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!rowHolds(Amounts(row)))
            {
                broken.Add($"{year}: {table.Info.Code} row {row.Code ?? "合计"} breaks its row identity");
            }

            if (row.Depth == 3)
            {
                continue;
            }

            var children = rows.Skip(i + 1)
                .TakeWhile(r => r.Depth > row.Depth)
                .Where(r => r.Depth == row.Depth + 1)
                .Select(Amounts)
                .Aggregate(new decimal[row.Amounts.Count], (a, b) => a.Zip(b, (x, y) => x + y).ToArray());
            if (!children.SequenceEqual(Amounts(row)))
            {
                broken.Add($"{year}: {table.Info.Code} row {row.Code ?? "合计"} is not the sum of the level below");
            }
        }
    }

    /// <summary>绩效: Σ 分值 within an 一级指标 = its weight; fund 分值 + weights = 总分 分值; Σ 得分 = 总分 得分; 得分 ≤ 分值.</summary>
    private static void CheckPerformance(Report report, Action<bool, string> expect)
    {
        var evaluations = new[] { report.Performance!.Overall!.Evaluation! }.Concat(report.Performance.Projects.Select(p => p.Evaluation!));
        foreach (var evaluation in evaluations)
        {
            var fund = evaluation.Funds.Single();
            var items = evaluation.Indicators.SelectMany(c => c.Groups).SelectMany(g => g.Items).ToArray();
            foreach (var category in evaluation.Indicators)
            {
                expect(category.Weight == category.Groups.SelectMany(g => g.Items).Sum(i => i.MaxScore), $"绩效 {category.Name} 分值 add up to its weight");
            }

            expect(items.All(i => i.Score <= i.MaxScore) && fund.Score <= fund.MaxScore, "绩效 得分 ≤ 分值");
            expect(fund.MaxScore + items.Sum(i => i.MaxScore) == evaluation.Total!.Max, "绩效 分值 add up to 总分");
            expect(fund.Score + items.Sum(i => i.Score) == evaluation.Total.Score, "绩效 得分 add up to 总分 得分");
            expect(fund.ExecutionRate == Math.Round(fund.Executed!.Value * 100 / fund.FullYearBudget!.Value, 2), "绩效 执行率 = 全年执行数 ÷ 全年预算数");
        }
    }
}
