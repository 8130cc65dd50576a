using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The balance equations of 公开01 (<c>t01.balance</c>) and 公开04 (<c>t04.balance</c>), in every column:
/// 本年合计 = Σ its lines; 总计 = 本年合计 + 结余/结转 lines; income 总计 = expenditure 总计;
/// on 04 also 年初财政拨款结转和结余 = its 一般公共预算/基金/国资 breakdown.
/// </summary>
public sealed class BalanceRule : ICheckRule
{
    private readonly StandardTableSpec _spec;
    private readonly Func<StandardTables, TwoSidedTable?> _table;

    public BalanceRule(StandardTableSpec spec, Func<StandardTables, TwoSidedTable?> table)
    {
        _spec = spec;
        _table = table;
    }

    public static IReadOnlyList<BalanceRule> All { get; } =
    [
        new(StandardTableSpec.T01, t => t.T01),
        new(StandardTableSpec.T04, t => t.T04),
    ];

    public string Id => $"{_spec.Id}.balance";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (_table(context.Report.Tables) is not { } table)
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
                var column = side == income ? (_spec.Id == "t04" ? "金额" : "决算数") : _spec.Columns[c];
                findings.Add(Sum(context, side, side.Total, side.Parts, c, column, "其上各行之和"));
                findings.Add(Sum(context, side, side.Grand, [side.Total, .. side.Adjustments], c, column, "本年合计加结余、结转各行"));
            }

            var opening = side.Find("年初财政拨款结转和结余");
            if (opening >= 0 && opening + 3 < side.Rows.Count)
            {
                findings.Add(Sum(context, side, opening, [opening + 1, opening + 2, opening + 3], 0, "金额", "其下一般公共预算、政府性基金、国有资本经营三行之和"));
            }
        }

        findings.Add(context.Compare(Id, income.Path(_spec.Id, income.Grand, 0), income.Amount(income.Grand, 0), spend.Amount(spend.Grand, 0),
            $"{_spec.Code} 收入总计", "按支出总计", new CellRef(_spec.Id, "总计", "收入")));
        return findings;
    }

    private Finding? Sum(CheckContext context, TwoSidedLayout side, int index, IReadOnlyList<int> parts, int column, string columnName, string basis)
    {
        if (index < 0 || parts.Count == 0 || parts.Any(p => p < 0) || parts.All(p => side.Amount(p, column) is null))
        {
            return null;
        }

        var label = TwoSidedLayout.Label(side.Rows[index]);
        return context.Compare(Id, side.Path(_spec.Id, index, column), side.Amount(index, column), parts.Sum(p => side.Amount(p, column) ?? 0m),
            $"{_spec.Code} {(side.Side == "income" ? "收入" : "支出")}方“{label}”（{columnName}）", $"按{basis}", new CellRef(_spec.Id, label, columnName));
    }
}
