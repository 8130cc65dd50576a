using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>公开06: each 经济分类 类 (301 工资福利支出 …) = Σ its 款, across the printed side-by-side groups.</summary>
public sealed class T06TreeRule : ICheckRule
{
    public string Id => "t06.tree-sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.T06 is not { } table)
        {
            return [];
        }

        var rows = table.Groups.SelectMany(g => g).ToArray();
        var paths = table.Groups.SelectMany((g, gi) => g.Select((_, ri) => $"tables.t06.groups[{gi}][{ri}]")).ToArray();
        return TreeSumRule.CheckTree(context, Id, StandardTableSpec.T06, rows, (row, amount) => $"{paths[row]}[{2 + amount}]");
    }
}
