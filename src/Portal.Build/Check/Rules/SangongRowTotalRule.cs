using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 三公经费表, 预算数 and 决算数 alike: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费小计 + 公务接待费;
/// 小计 = 公务用车购置费 + 公务用车运行维护费.
/// </summary>
public sealed class SangongRowTotalRule : ICheckRule
{
    public string Id => "sangong.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.Sangong is not { } table)
        {
            yield break;
        }

        var form = table.Info.Form;
        foreach (var (side, key, label) in new[] { (table.Budget, "budget", "预算数"), (table.Actual, "actual", "决算数") })
        {
            if (side is null)
            {
                continue;
            }

            yield return context.Compare(Id, TablePaths.Fixed(form, key, "total"), side.Total, Sum(side.Overseas, side.Vehicles, side.Reception),
                $"{table.Info.ShortName} {label}合计", "按因公出国（境）费、公务用车购置及运行维护费小计、公务接待费相加", new CellRef(form.Id, label, "合计"));

            yield return context.Compare(Id, TablePaths.Fixed(form, key, "vehicles"), side.Vehicles, Sum(side.VehiclePurchase, side.VehicleOperation),
                $"{table.Info.ShortName} {label}公务用车购置及运行维护费小计", "按公务用车购置费与运行维护费相加", new CellRef(form.Id, label, "公务用车购置及运行维护费小计"));
        }
    }

    private static decimal? Sum(params decimal?[] parts) => parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0m);
}
