using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Compares the 类 lines of a two-sided table's expenditure side with the 类 rows of a coded table,
/// by name (总表 “一、一般公共服务支出” ↔ 支出表 201 一般公共服务支出), and the 本年支出合计 with the 合计 row.
/// </summary>
internal static class ClassMatch
{
    public static IEnumerable<Finding?> Compare(CheckContext context, string rule, TwoSidedTable sideTable, int sideColumn, CodedTable coded)
    {
        var side = TwoSidedLayout.Expenditure(sideTable);
        var codedInfo = coded.Info;
        var classes = coded.Rows.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Depth == 1).ToArray();
        var sideColumnName = side.ColumnName(sideColumn);
        foreach (var line in side.Parts)
        {
            var label = TwoSidedLayout.Label(side.Rows[line]);
            var match = classes.FirstOrDefault(c => c.Row.Name.Replace(" ", string.Empty, StringComparison.Ordinal) == label);
            var stated = side.Amount(line, sideColumn);
            var computed = match.Row is null ? 0m : match.Row.Amounts[0];
            yield return context.Compare(rule, side.Path(line, sideColumn), stated, computed,
                $"{side.ShortName} 支出方“{label}”（{sideColumnName}）", $"按{codedInfo.ShortName}同名类款{(match.Row is null ? "（该表无此类）" : string.Empty)}",
                new CellRef(side.Form.Id, label, sideColumnName));
        }

        foreach (var (row, index) in classes)
        {
            var name = row.Name.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (side.Parts.Any(i => TwoSidedLayout.Label(side.Rows[i]) == name) || row.Amounts[0] is null or 0m)
            {
                continue;
            }

            yield return context.Flag(rule, FindingSeverity.Error, TablePaths.Coded(codedInfo.Form, index, 0),
                $"{codedInfo.ShortName} {row.Code} {row.Name} 有{Tolerance.Show(row.Amounts[0]!.Value)}万元，{side.ShortName} 支出方却没有这一类。",
                new CellRef(codedInfo.Form.Id, row.Code, codedInfo.Form.Columns[0].Name), row.Amounts[0], 0m);
        }

        var totalRow = coded.Rows.ToList().FindIndex(r => r.Code is null);
        yield return context.Compare(rule, side.Path(side.Total, sideColumn), side.Amount(side.Total, sideColumn), totalRow < 0 ? null : coded.Rows[totalRow].Amounts[0],
            $"{side.ShortName} 本年支出合计（{sideColumnName}）", $"按{codedInfo.ShortName}合计行", new CellRef(side.Form.Id, "本年支出合计", sideColumnName));
    }
}
