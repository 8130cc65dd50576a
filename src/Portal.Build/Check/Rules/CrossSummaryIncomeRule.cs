using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 收入支出决算总表 income lines = the 合计 row of 收入决算表: 财政拨款收入 = the three 财政拨款 lines; 上级补助, 事业,
/// 经营, 附属单位上缴, 其他收入 line by line; 本年收入合计 = the 合计 row's total.
/// </summary>
public sealed class CrossSummaryIncomeRule : ICheckRule
{
    // 收入表 column key → the 总表 income labels that make it up.
    private static readonly (string Column, string[] Labels)[] Map =
    [
        ("total", ["本年收入合计"]),
        ("fiscal", ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]),
        ("superior_grant", ["上级补助收入"]),
        ("business", ["事业收入"]),
        ("operating", ["经营收入"]),
        ("subsidiary", ["附属单位上缴收入"]),
        ("other", ["其他收入"]),
    ];

    public string Id => "cross.summary-income";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var tables = context.Report.Tables;
        if (tables.Summary is not { } summary || tables.Income is not { } incomeTable || incomeTable.Rows.FirstOrDefault(r => r.Code is null) is not { } total)
        {
            yield break;
        }

        var form = incomeTable.Info.Form;
        var income = TwoSidedLayout.Income(summary);
        var totalIndex = incomeTable.Rows.ToList().IndexOf(total);
        foreach (var (key, labels) in Map)
        {
            var column = form.ColumnIndex(key);
            var lines = labels.Select(l => income.Parts.Append(income.Total).Where(i => i >= 0).FirstOrDefault(i => TwoSidedLayout.Label(income.Rows[i]).StartsWith(l, StringComparison.Ordinal), -1)).ToArray();
            if (column < 0 || lines.All(i => i < 0 || income.Amount(i, 0) is null))
            {
                continue;
            }

            var name = form.Columns[column].Name;
            yield return context.Compare(Id, TablePaths.Coded(form, totalIndex, column), total.Amounts[column], lines.Sum(i => income.Amount(i, 0) ?? 0m),
                $"{incomeTable.Info.ShortName} 合计行的“{name}”", $"按{summary.Info.ShortName}收入方{string.Join("、", labels)}", new CellRef(form.Id, "合计", name));
        }
    }
}
