using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>基本支出表 by 经济分类: each 类 (301 工资福利支出 …) = Σ its 款, across the printed side-by-side groups.</summary>
public sealed class EconomicTreeRule : ICheckRule
{
    public string Id => "basic-economic.tree-sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.BasicEconomic is not { } table)
        {
            return [];
        }

        var form = table.Info.Form;
        var rows = table.Groups.SelectMany(g => g).ToArray();
        var paths = table.Groups.SelectMany((g, gi) => g.Select((_, ri) => TablePaths.Economic(form, gi, ri))).ToArray();
        return TreeSumRule.CheckTree(context, Id, table.Info, rows, (row, _) => paths[row]);
    }
}
