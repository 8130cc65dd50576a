using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>公开07 on every row: 本年支出小计 = 基本 + 项目, and 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.</summary>
public sealed class T07RowRule : ICheckRule
{
    public string Id => "t07.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.T07 is not { } table)
        {
            yield break;
        }

        var spec = StandardTableSpec.T07;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var a = row.Amounts;
            var name = $"{spec.Code} {row.Code} {row.Name}";
            yield return context.Compare(Id, $"tables.t07.rows[{i}][4]", a[2], a[3] is null && a[4] is null ? null : (a[3] ?? 0m) + (a[4] ?? 0m),
                $"{name} 的“本年支出小计”", "按基本支出与项目支出相加", new CellRef("t07", row.Code ?? row.Name, "本年支出小计"));

            yield return context.Compare(Id, $"tables.t07.rows[{i}][7]", a[5], a[0] is null && a[1] is null && a[2] is null ? null : (a[0] ?? 0m) + (a[1] ?? 0m) - (a[2] ?? 0m),
                $"{name} 的“年末结转和结余”", "按年初结转和结余 + 本年收入 − 本年支出计算", new CellRef("t07", row.Code ?? row.Name, "年末结转和结余"));
        }
    }
}
