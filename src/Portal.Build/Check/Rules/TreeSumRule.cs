using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 类/款/项 trees of every coded table (收入表, 支出表, 一般公共预算支出表, 政府性基金表, 国有资本经营表), in every
/// column: each 类 = Σ its 款, each 款 = Σ its 项, and the 合计 row = Σ 类.
/// </summary>
public sealed class TreeSumRule : ICheckRule
{
    public string Id => "tree.sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var table in context.Report.Tables.Coded)
        {
            var form = table.Info.Form;
            foreach (var finding in CheckTree(context, Id, table.Info, table.Rows, (row, amount) => TablePaths.Coded(form, row, amount)))
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
    internal static IEnumerable<Finding?> CheckTree(CheckContext context, string rule, TableInfo info, IReadOnlyList<CodedRow> rows, Func<int, int, string> pathOf)
    {
        var columns = info.Form.Columns;
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
                var column = c < columns.Count ? columns[c].Name : columns[0].Name;
                var level = parent.Depth switch { 0 => "类", 1 => "款", _ => "项" };
                yield return context.Compare(
                    rule,
                    pathOf(i, c),
                    parent.Amounts[c],
                    children.Sum(r => r.Amounts[c] ?? 0m),
                    $"{info.ShortName} {parent.Code} {parent.Name} 的“{column}”",
                    $"其下各{level}之和",
                    new CellRef(info.Form.Id, parent.Code ?? parent.Name, column));
            }
        }
    }

    private static IEnumerable<CodedRow> ChildrenOf(CodedRow parent, IReadOnlyList<CodedRow> rows) =>
        parent.Code is null
            ? rows.Where(r => r.Depth == 1)
            : rows.Where(r => r.Code is { } code && r.Depth == parent.Depth + 1 && code.StartsWith(parent.Code, StringComparison.Ordinal));
}
