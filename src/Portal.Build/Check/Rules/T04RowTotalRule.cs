using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>公开04 expenditure side, every row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款.</summary>
public sealed class T04RowTotalRule : ICheckRule
{
    public string Id => "t04.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.T04 is not { } table)
        {
            yield break;
        }

        var side = TwoSidedLayout.Expenditure(table);
        for (var i = 0; i < table.Expenditure.Count; i++)
        {
            var a = table.Expenditure[i].Amounts;
            if (a.Count < 4 || a.Skip(1).All(x => x is null))
            {
                continue;
            }

            var label = TwoSidedLayout.Label(table.Expenditure[i]);
            yield return context.Compare(Id, side.Path("t04", i, 0), a[0], a.Skip(1).Sum(x => x ?? 0m),
                $"公开04表 支出方“{label}”的合计", "按一般公共预算、政府性基金、国有资本经营三栏相加", new CellRef("t04", label, "合计"));
        }
    }
}
