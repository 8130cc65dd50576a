using Portal.Core.Model.Tables;

namespace Portal.Build.Load.Readers;

/// <summary>
/// A table's rows as read, their amounts moved into one block per table (<see cref="PackedAmounts"/>). Arrays: a
/// collection expression of a query would make a List, one more object per table for as long as the report is loaded.
/// </summary>
internal static class PackedRows
{
    public static IReadOnlyList<CodedRow> Packed(this IReadOnlyList<CodedRow> rows)
    {
        var amounts = PackedAmounts.Pack([.. rows.Select(r => r.Amounts)]);
        return rows.Select((row, i) => row with { Amounts = amounts[i] }).ToArray();
    }

    public static IReadOnlyList<LineRow> Packed(this IReadOnlyList<LineRow> rows)
    {
        var amounts = PackedAmounts.Pack([.. rows.Select(r => r.Amounts)]);
        return rows.Select((row, i) => row with { Amounts = amounts[i] }).ToArray();
    }

    /// <summary>An 经济分类 table's groups, all in one block.</summary>
    public static IReadOnlyList<IReadOnlyList<CodedRow>> Packed(this IReadOnlyList<IReadOnlyList<CodedRow>> groups)
    {
        var amounts = PackedAmounts.Pack([.. groups.SelectMany(g => g).Select(r => r.Amounts)]);
        var at = 0;
        var packed = new IReadOnlyList<CodedRow>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var rows = new CodedRow[groups[g].Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = groups[g][i] with { Amounts = amounts[at++] };
            }

            packed[g] = rows;
        }

        return packed;
    }
}
