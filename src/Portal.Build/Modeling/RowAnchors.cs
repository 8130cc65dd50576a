using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>
/// Stable ids for table rows, so a journalist (or search, or the checker) can link to one line:
/// <c>ANCHOR-2010301</c>, <c>ANCHOR-total</c> for the 合计 row, a numeric suffix where a code repeats.
/// </summary>
public static class RowAnchors
{
    public static IReadOnlyList<string> For(string tableId, IEnumerable<CodedRow> rows)
    {
        var anchors = new AnchorAllocator();
        return rows.Select(r => anchors.Take($"{tableId}-{(r.Code ?? (r.Name.Replace(" ", string.Empty, StringComparison.Ordinal) == "合计" ? "total" : "row"))}")).ToArray();
    }
}
