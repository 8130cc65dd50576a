using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 公开01 income lines = the 合计 row of 公开02: 财政拨款收入 = the three 财政拨款 lines; 上级补助, 事业, 经营,
/// 附属单位上缴, 其他收入 line by line; 本年收入合计 = 02 合计.
/// </summary>
public sealed class CrossT01T02Rule : ICheckRule
{
    // 02 column index → the 01 income labels that make it up.
    private static readonly (int Column, string[] Labels)[] Map =
    [
        (0, ["本年收入合计"]),
        (1, ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]),
        (2, ["上级补助收入"]),
        (3, ["事业收入"]),
        (4, ["经营收入"]),
        (5, ["附属单位上缴收入"]),
        (6, ["其他收入"]),
    ];

    public string Id => "cross.t01-t02";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var tables = context.Report.Tables;
        if (tables.T01 is not { } t01 || tables.T02 is not { } t02 || t02.Rows.FirstOrDefault(r => r.Code is null) is not { } total)
        {
            yield break;
        }

        var income = TwoSidedLayout.Income(t01);
        var totalIndex = t02.Rows.ToList().IndexOf(total);
        foreach (var (column, labels) in Map)
        {
            var lines = labels.Select(l => income.Parts.Append(income.Total).Where(i => i >= 0).FirstOrDefault(i => TwoSidedLayout.Label(income.Rows[i]).StartsWith(l, StringComparison.Ordinal), -1)).ToArray();
            if (lines.All(i => i < 0 || income.Amount(i, 0) is null))
            {
                continue;
            }

            var name = StandardTableSpec.T02.Columns[column];
            yield return context.Compare(Id, $"tables.t02.rows[{totalIndex}][{2 + column}]", total.Amounts[column], lines.Sum(i => income.Amount(i, 0) ?? 0m),
                $"公开02表 合计行的“{name}”", $"按公开01表收入方{string.Join("、", labels)}", new CellRef("t02", "合计", name));
        }
    }
}
