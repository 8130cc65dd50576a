using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The 三公 paragraph's “…支出预算为A万元，支出决算为B万元” agrees with the 三公 table's 预算数 and 决算数, for the total and
/// each of 因公出国（境）费, 公务接待费, 公务用车购置费, 公务用车运行维护费.
/// </summary>
public sealed partial class SangongProseRule : ICheckRule
{
    private static readonly (string Label, Func<SangongFigures, decimal?> Figure, string Column)[] Items =
    [
        ("三公", f => f.Total, "合计"),
        ("因公出国（境）费", f => f.Overseas, "因公出国（境）费"),
        ("公务接待费", f => f.Reception, "公务接待费"),
        ("公务用车购置费", f => f.VehiclePurchase, "公务用车购置费"),
        ("公务用车运行维护费", f => f.VehicleOperation, "公务用车运行维护费"),
    ];

    public string Id => "prose.sangong";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.Sangong is not { } sangong)
        {
            yield break;
        }

        foreach (var paragraph in context.Paragraphs)
        {
            foreach (Match m in BudgetAndActual().Matches(paragraph.Text))
            {
                var item = Items.FirstOrDefault(i => m.Groups["item"].Value.Contains(i.Label, StringComparison.Ordinal));
                if (item.Label is null)
                {
                    continue;
                }

                foreach (var (group, side, name) in new[] { ("budget", sangong.Budget, "预算数"), ("actual", sangong.Actual, "决算数") })
                {
                    yield return side is null ? null : context.Compare(Id, paragraph.Path, Amounts.Parse(m.Groups[group].Value), item.Figure(side),
                        $"{paragraph.Section}所述{item.Column}{(name == "预算数" ? "预算" : "决算")}", $"按{sangong.Info.ShortName}{name}", new CellRef(sangong.Info.Form.Id, name, item.Column), at: () => paragraph.Location);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<item>“?三公”?经费(?:财政拨款)?|因公出国（境）费|公务接待费|公务用车购置费|公务用车运行维护费)支出预算(?:数)?为\s*(?<budget>" + Amounts.Number + @")\s*万元\s*[，,]\s*支出决算(?:数)?为\s*(?<actual>" + Amounts.Number + @")\s*万元")]
    private static partial Regex BudgetAndActual();
}
