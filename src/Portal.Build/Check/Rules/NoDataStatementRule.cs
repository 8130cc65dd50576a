using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>A 公开 table with no figures (all blank or zero) says so: it carries its “本表无数据” statement.</summary>
public sealed class NoDataStatementRule : ICheckRule
{
    public string Id => "complete.no-data";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var t = context.Report.Tables;
        var tables = new (StandardTableSpec Spec, TableInfo? Info, IEnumerable<decimal?> Amounts)[]
        {
            (StandardTableSpec.T02, t.T02?.Info, t.T02?.Rows.SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T03, t.T03?.Info, t.T03?.Rows.SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T05, t.T05?.Info, t.T05?.Rows.SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T06, t.T06?.Info, t.T06?.Groups.SelectMany(g => g).SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T07, t.T07?.Info, t.T07?.Rows.SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T08, t.T08?.Info, t.T08?.Rows.SelectMany(r => r.Amounts) ?? []),
            (StandardTableSpec.T09, t.T09?.Info, new[] { t.T09?.Budget, t.T09?.Actual }.SelectMany(s => new[] { s?.Total, s?.Overseas, s?.Vehicles, s?.VehiclePurchase, s?.VehicleOperation, s?.Reception })),
        };
        foreach (var (spec, info, amounts) in tables)
        {
            if (info is { NoData: null } && amounts.All(a => a is null or 0m))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, $"tables.{spec.Id}",
                    $"{spec.Code}{spec.Title}没有任何数字，却没有印“本表无数据”的说明。");
            }
        }
    }
}
