using Portal.Core.Model.Templates;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The balance equations of 收入支出决算总表 (<c>summary.balance</c>) and 财政拨款收入支出决算总表 (<c>fiscal-summary.balance</c>), in every column:
/// 本年合计 = Σ its lines; 总计 = 本年合计 + 结余/结转 lines; income 总计 = expenditure 总计;
/// on 04 also 年初财政拨款结转和结余 = its 一般公共预算/基金/国资 breakdown.
/// </summary>
public sealed class BalanceRule : ICheckRule
{
    private readonly TableRole _role;

    public BalanceRule(TableRole role) => _role = role;

    public static IReadOnlyList<BalanceRule> All { get; } = [new(TableRole.Summary), new(TableRole.FiscalSummary)];

    public string Id => $"{_role.Slug}.balance";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.ByRole(_role) is not TwoSidedTable table)
        {
            return [];
        }

        var income = TwoSidedLayout.Income(table);
        var spend = TwoSidedLayout.Expenditure(table);
        var findings = new List<Finding?>();
        foreach (var side in new[] { income, spend })
        {
            var columns = side.Rows.Count == 0 ? 0 : side.Rows.Max(r => r.Amounts.Count);
            for (var c = 0; c < columns; c++)
            {
                var column = side.ColumnName(c);
                findings.Add(Sum(context, side, side.Total, side.Parts, c, column, "其上各行之和"));
                findings.Add(Sum(context, side, side.Grand, [side.Total, .. side.Adjustments], c, column, "本年合计加结余、结转各行"));
            }

            var opening = side.Find("年初财政拨款结转和结余");
            if (opening >= 0 && opening + 3 < side.Rows.Count)
            {
                findings.Add(Sum(context, side, opening, [opening + 1, opening + 2, opening + 3], 0, side.ColumnName(0), "其下一般公共预算、政府性基金、国有资本经营三行之和"));
            }
        }

        findings.Add(context.Compare(Id, income.Path(income.Grand, 0), income.Amount(income.Grand, 0), spend.Amount(spend.Grand, 0),
            $"{table.Info.ShortName} 收入总计", "按支出总计", new CellRef(table.Info.Form.Id, "总计", "收入")));
        return findings;
    }

    private Finding? Sum(CheckContext context, TwoSidedLayout side, int index, IReadOnlyList<int> parts, int column, string columnName, string basis)
    {
        if (index < 0 || parts.Count == 0 || parts.Any(p => p < 0) || parts.All(p => side.Amount(p, column) is null))
        {
            return null;
        }

        var label = TwoSidedLayout.Label(side.Rows[index]);
        return context.Compare(Id, side.Path(index, column), side.Amount(index, column), parts.Sum(p => side.Amount(p, column) ?? 0m),
            $"{side.ShortName} {(side.Side == "income" ? "收入" : "支出")}方“{label}”（{columnName}）", $"按{basis}", new CellRef(side.Form.Id, label, columnName));
    }
}
