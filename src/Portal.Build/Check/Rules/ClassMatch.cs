using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Compares the 类 lines of a two-sided table's expenditure side with the 类 rows of a coded table,
/// by name (公开01 “一、一般公共服务支出” ↔ 公开03 201 一般公共服务支出), and the 本年支出合计 with the 合计 row.
/// </summary>
internal static class ClassMatch
{
    public static IEnumerable<Finding?> Compare(CheckContext context, string rule, StandardTableSpec sideSpec, TwoSidedTable sideTable, int sideColumn, StandardTableSpec codedSpec, CodedTable coded)
    {
        var side = TwoSidedLayout.Expenditure(sideTable);
        var classes = coded.Rows.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Depth == 1).ToArray();
        var sideColumnName = sideSpec.Id == "t01" ? "决算数" : sideSpec.Columns[sideColumn];
        foreach (var line in side.Parts)
        {
            var label = TwoSidedLayout.Label(side.Rows[line]);
            var match = classes.FirstOrDefault(c => c.Row.Name.Replace(" ", string.Empty, StringComparison.Ordinal) == label);
            var stated = side.Amount(line, sideColumn);
            var computed = match.Row is null ? 0m : match.Row.Amounts[0];
            yield return context.Compare(rule, side.Path(sideSpec.Id, line, sideColumn), stated, computed,
                $"{sideSpec.Code} 支出方“{label}”（{sideColumnName}）", $"按{codedSpec.Code}同名类款{(match.Row is null ? "（该表无此类）" : string.Empty)}",
                new CellRef(sideSpec.Id, label, sideColumnName));
        }

        foreach (var (row, index) in classes)
        {
            var name = row.Name.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (side.Parts.Any(i => TwoSidedLayout.Label(side.Rows[i]) == name) || row.Amounts[0] is null or 0m)
            {
                continue;
            }

            yield return context.Flag(rule, FindingSeverity.Error, $"tables.{codedSpec.Id}.rows[{index}][2]",
                $"{codedSpec.Code} {row.Code} {row.Name} 有{Tolerance.Show(row.Amounts[0]!.Value)}万元，{sideSpec.Code} 支出方却没有这一类。",
                new CellRef(codedSpec.Id, row.Code, codedSpec.Columns[0]), row.Amounts[0], 0m);
        }

        var totalRow = coded.Rows.ToList().FindIndex(r => r.Code is null);
        yield return context.Compare(rule, side.Path(sideSpec.Id, side.Total, sideColumn), side.Amount(side.Total, sideColumn), totalRow < 0 ? null : coded.Rows[totalRow].Amounts[0],
            $"{sideSpec.Code} 本年支出合计（{sideColumnName}）", $"按{codedSpec.Code}合计行", new CellRef(sideSpec.Id, "本年支出合计", sideColumnName));
    }
}
