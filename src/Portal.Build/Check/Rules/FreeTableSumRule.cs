using Portal.Build.Check.Claims;
using System.Text.RegularExpressions;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 表内勾稽 in a free-form table (基础数据表, 绩效 tables): a row followed by numbered rows (“1、…”, “2、…”) is their
/// sum in every column, a numbered row printed blank counting as the sum of the rows under it; a numbered row (not
/// the last) with rows under it is their sum (“其中：” rows may be partial, so only exceeding it is a finding);
/// a 合计/总计 row is the sum of the other rows when none of them is numbered or a “其中” row.
/// </summary>
public sealed partial class FreeTableSumRule : ICheckRule
{
    public string Id => "free-table.sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, table) in FreeTables.Of(context.Report))
        {
            var rows = table.Rows;
            for (var r = 0; r + 1 < rows.Count; r++)
            {
                if (Number(Label(rows[r + 1])) is not (1, var style))
                {
                    continue;
                }

                var siblings = Siblings(rows, r + 1, style);
                var columns = rows.Skip(r).Take(siblings[^1] - r + 1).Max(row => row.Count);
                for (var c = 1; c < columns; c++)
                {
                    yield return Outline(context, path, table, r, siblings, c);
                    for (var s = 0; s + 1 < siblings.Count; s++)
                    {
                        yield return Children(context, path, table, siblings[s], siblings[s + 1], c);
                    }
                }
            }

            foreach (var finding in TotalRows(context, path, table).Concat(TotalColumns(context, path, table)))
            {
                yield return finding;
            }
        }
    }

    private Finding? Outline(CheckContext context, string path, GenericTable table, int parent, IReadOnlyList<int> siblings, int column)
    {
        if (Value(table.Rows[parent], column) is not { } whole)
        {
            return null;
        }

        var sum = 0m;
        var any = false;
        for (var s = 0; s < siblings.Count; s++)
        {
            if (Value(table.Rows[siblings[s]], column) is { } own)
            {
                (sum, any) = (sum + own, true);
                continue;
            }

            // A blank numbered row is the sum of the rows under it; under the last one those rows cannot be told apart from what follows the list.
            if (s + 1 == siblings.Count)
            {
                return null;
            }

            foreach (var child in Enumerable.Range(siblings[s] + 1, siblings[s + 1] - siblings[s] - 1))
            {
                if (Value(table.Rows[child], column) is { } part)
                {
                    (sum, any) = (sum + part, true);
                }
            }
        }

        return any
            ? context.Compare(Id, Cell(path, parent, column), whole, sum, $"{Name(table)}“{Label(table.Rows[parent])}”行{ColumnName(table, parent, column)}",
                $"按其下{string.Join("、", siblings.Select(s => Label(table.Rows[s]).Split('、', '.', '．')[0]))}项之和", unit: Unit(table, parent))
            : null;
    }

    private Finding? Children(CheckContext context, string path, GenericTable table, int row, int next, int column)
    {
        var children = Enumerable.Range(row + 1, next - row - 1).ToArray();
        if (children.Length == 0 || Value(table.Rows[row], column) is not { } whole)
        {
            return null;
        }

        var parts = children.Select(c => Value(table.Rows[c], column)).Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (parts.Length == 0 || (Label(table.Rows[children[0]]).StartsWith("其中", StringComparison.Ordinal) && parts.Sum() <= whole))
        {
            return null;
        }

        return context.Compare(Id, Cell(path, row, column), whole, parts.Sum(), $"{Name(table)}“{Label(table.Rows[row])}”行{ColumnName(table, row, column)}",
            $"按其下{children.Length}行之和", unit: Unit(table, row));
    }

    private IEnumerable<Finding?> TotalRows(CheckContext context, string path, GenericTable table)
    {
        var rows = table.Rows;
        var total = Enumerable.Range(0, rows.Count).FirstOrDefault(r => Label(rows[r]) is "合计" or "总计", -1);
        var others = Enumerable.Range(0, rows.Count).Where(r => r != total && rows[r].Skip(1).Any(c => c.Number is not null)).ToArray();
        if (total < 0 || others.Length < 2 || others.Any(r => Number(Label(rows[r])) is not null || Label(rows[r]).StartsWith("其中", StringComparison.Ordinal)))
        {
            yield break;
        }

        for (var c = 1; c < rows[total].Count; c++)
        {
            if (Value(rows[total], c) is { } whole && others.Any(r => Value(rows[r], c) is not null))
            {
                yield return context.Compare(Id, Cell(path, total, c), whole, others.Sum(r => Value(rows[r], c) ?? 0m),
                    $"{Name(table)}“{Label(rows[total])}”行{ColumnName(table, total, c)}", "按其余各行之和", unit: Unit(table, total));
            }
        }
    }

    /// <summary>
    /// A 合计/小计/总计 column is the sum of its parts in every row under its header: the amount columns after it (or,
    /// when it is the last, before it), rates, shares and notes left out. Parts headed “其中” may be partial, so only
    /// exceeding it is a finding there.
    /// </summary>
    private IEnumerable<Finding?> TotalColumns(CheckContext context, string path, GenericTable table)
    {
        var rows = table.Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            var header = FreeTableClaims.HeaderOver(table, r);
            if (header is null || FreeTableClaims.IsHeader(rows[r]) || TotalColumn(header) is not { } total)
            {
                continue;
            }

            var after = Enumerable.Range(total + 1, Math.Max(0, header.Count - total - 1)).Where(c => IsAmountColumn(header[c].Text)).ToArray();
            var parts = after.Length > 0 ? after : Enumerable.Range(1, Math.Max(0, total - 1)).Where(c => IsAmountColumn(header[c].Text)).ToArray();
            if (parts.Length < 2 || Value(rows[r], total) is not { } whole || parts.All(c => Value(rows[r], c) is null))
            {
                continue;
            }

            var sum = parts.Sum(c => Value(rows[r], c) ?? 0m);
            if (parts.Any(c => header[c].Text!.Trim().StartsWith("其中", StringComparison.Ordinal)) && sum <= whole)
            {
                continue;
            }

            yield return context.Compare(Id, Cell(path, r, total), whole, sum, $"{Name(table)}“{Label(rows[r])}”行“{header[total].Text}”列",
                $"按{string.Join("、", parts.Select(c => $"“{header[c].Text}”"))}各列之和", unit: Unit(table, r));
        }
    }

    private static int? TotalColumn(IReadOnlyList<TableCell> header)
    {
        for (var c = 1; c < header.Count; c++)
        {
            if (header[c].Text?.Trim() is { } name && (name.StartsWith("合计", StringComparison.Ordinal) || name.StartsWith("小计", StringComparison.Ordinal) || name.StartsWith("总计", StringComparison.Ordinal)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A column of amounts that can be a part: named, and not a rate, share, count or note.</summary>
    private static bool IsAmountColumn(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !NotAPart.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static readonly string[] NotAPart = ["率", "%", "％", "占", "比重", "备注", "说明", "人数", "个数", "得分", "分值", "权重"];

    /// <summary>The rows numbered after <paramref name="first"/> in the same style (2、 3、 …), in order.</summary>
    private static List<int> Siblings(IReadOnlyList<IReadOnlyList<TableCell>> rows, int first, string style)
    {
        var siblings = new List<int> { first };
        for (var r = first + 1; r < rows.Count; r++)
        {
            if (Number(Label(rows[r])) is (var n, var s) && s == style)
            {
                if (n != siblings.Count + 1)
                {
                    break;
                }

                siblings.Add(r);
            }
        }

        return siblings;
    }

    private static (int Number, string Style)? Number(string label)
    {
        var m = Numbered().Match(label);
        return m.Success ? (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["style"].Value) : null;
    }

    private static string Label(IReadOnlyList<TableCell> row) => row.Count > 0 ? (row[0].Text ?? string.Empty).Trim() : string.Empty;

    private static decimal? Value(IReadOnlyList<TableCell> row, int column) => column < row.Count ? row[column].Number : null;

    private static string Cell(string path, int row, int column) => FreeTablePaths.Cell(path, row, column);

    private static string Name(GenericTable table) => table.Title ?? table.HeadingRaw ?? "表格";

    /// <summary>The column's name: the nearest row above whose cells are all words (a block's own header row), else the table header.</summary>
    private static string ColumnName(GenericTable table, int row, int column)
    {
        var header = FreeTableClaims.HeaderOver(table, row);
        return header is not null && column < header.Count && header[column].Text is { } name ? $"“{name}”" : $"第{column + 1}列";
    }

    private static string Unit(GenericTable table, int row)
    {
        var header = FreeTableClaims.HeaderOver(table, row);
        var words = string.Concat(header?.Select(c => c.Text) ?? []) + table.Unit;
        return words.Contains("万元", StringComparison.Ordinal) ? "万元" : words.Contains("（人）", StringComparison.Ordinal) ? "人" : string.Empty;
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})(?<style>[、.．])|[（(](?<n>\d{1,2})(?<style>[)）]))")]
    private static partial Regex Numbered();
}
