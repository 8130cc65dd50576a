using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 公开09, 预算数 and 决算数 alike: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费小计 + 公务接待费;
/// 小计 = 公务用车购置费 + 公务用车运行维护费.
/// </summary>
public sealed class SangongRowTotalRule : ICheckRule
{
    public string Id => "t09.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.T09 is not { } table)
        {
            yield break;
        }

        foreach (var (side, key, label) in new[] { (table.Budget, "budget", "预算数"), (table.Actual, "actual", "决算数") })
        {
            if (side is null)
            {
                continue;
            }

            yield return context.Compare(Id, $"tables.t09.{key}.total", side.Total, Sum(side.Overseas, side.Vehicles, side.Reception),
                $"公开09表 {label}合计", "按因公出国（境）费、公务用车购置及运行维护费小计、公务接待费相加", new CellRef("t09", label, "合计"));

            yield return context.Compare(Id, $"tables.t09.{key}.vehicles", side.Vehicles, Sum(side.VehiclePurchase, side.VehicleOperation),
                $"公开09表 {label}公务用车购置及运行维护费小计", "按公务用车购置费与运行维护费相加", new CellRef("t09", label, "公务用车购置及运行维护费小计"));
        }
    }

    private static decimal? Sum(params decimal?[] parts) => parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0m);
}
