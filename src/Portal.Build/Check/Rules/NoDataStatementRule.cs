using Portal.Core.Model.Templates;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>A template table with no figures (all blank or zero) says so: it carries its “本表无数据” statement.</summary>
public sealed class NoDataStatementRule : ICheckRule
{
    public string Id => "complete.no-data";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var table in context.Report.Tables.All)
        {
            // A two-sided 总表 always has figures (its 总计); free-form tables hold text as well as numbers.
            if (Amounts(table) is { } amounts && table.Info is { NoData: null } info && amounts.All(a => a is null or 0m))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, TablePaths.Table(info.Form),
                    $"{info.Code}{info.Title}没有任何数字，却没有印“本表无数据”的说明。");
            }
        }
    }

    private static IEnumerable<decimal?>? Amounts(IFormTable table) => table switch
    {
        CodedTable coded => coded.Rows.SelectMany(r => r.Amounts),
        EconomicDetailTable economic => economic.Groups.SelectMany(g => g).SelectMany(r => r.Amounts),
        SangongTable sangong => new[] { sangong.Budget, sangong.Actual }.SelectMany(s => s?.Values ?? []),
        _ => null,
    };
}
