using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 类/款/项 trees of the coded tables (02, 03, 05, 07, 08), in every column: each 类 = Σ its 款,
/// each 款 = Σ its 项, and the 合计 row = Σ 类.
/// </summary>
public sealed class TreeSumRule : ICheckRule
{
    private static readonly (StandardTableSpec Spec, Func<StandardTables, CodedTable?> Table)[] Tables =
    [
        (StandardTableSpec.T02, t => t.T02),
        (StandardTableSpec.T03, t => t.T03),
        (StandardTableSpec.T05, t => t.T05),
        (StandardTableSpec.T07, t => t.T07),
        (StandardTableSpec.T08, t => t.T08),
    ];

    public string Id => "tree.sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (spec, get) in Tables)
        {
            if (get(context.Report.Tables) is not { } table)
            {
                continue;
            }

            foreach (var finding in CheckTree(context, Id, spec, table.Rows, (row, amount) => $"tables.{spec.Id}.rows[{row}][{2 + amount}]"))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// Every parent row against the sum of its direct children (rows one level deeper whose code starts
    /// with the parent's; the 合计 row's children are the 类). <paramref name="pathOf"/> gives the YAML
    /// field path of (row index, amount index).
    /// </summary>
    internal static IEnumerable<Finding?> CheckTree(CheckContext context, string rule, StandardTableSpec spec, IReadOnlyList<CodedRow> rows, Func<int, int, string> pathOf)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var parent = rows[i];
            var children = ChildrenOf(parent, rows).ToArray();
            if (children.Length == 0)
            {
                continue;
            }

            for (var c = 0; c < parent.Amounts.Count; c++)
            {
                var column = c < spec.Columns.Count ? spec.Columns[c] : spec.Columns[0];
                var level = parent.Depth switch { 0 => "类", 1 => "款", _ => "项" };
                yield return context.Compare(
                    rule,
                    pathOf(i, c),
                    parent.Amounts[c],
                    children.Sum(r => r.Amounts[c] ?? 0m),
                    $"{spec.Code} {parent.Code} {parent.Name} 的“{column}”",
                    $"其下各{level}之和",
                    new CellRef(spec.Id, parent.Code ?? parent.Name, column));
            }
        }
    }

    private static IEnumerable<CodedRow> ChildrenOf(CodedRow parent, IReadOnlyList<CodedRow> rows) =>
        parent.Code is null
            ? rows.Where(r => r.Depth == 1)
            : rows.Where(r => r.Code is { } code && r.Depth == parent.Depth + 1 && code.StartsWith(parent.Code, StringComparison.Ordinal));
}
