using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The 具体情况 section of 一般公共预算财政拨款支出: its opening “年初预算数为X万元，支出决算数为Y万元” equals the
/// sums of the numbered 项 that follow (“年初预算为a万元，支出决算为b万元”), for the budget and for the 决算.
/// </summary>
public sealed partial class ItemsSumRule : ICheckRule
{
    public string Id => "prose.items-sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var body in context.Paragraphs.GroupBy(p => p.Path))
        {
            var paragraphs = body.ToArray();
            var opening = paragraphs[0];
            var budget = OpeningBudget().Match(opening.Text);
            var actual = OpeningActual().Match(opening.Text);
            var items = paragraphs.Skip(1).Select(p => Item().Match(p.Text)).Where(m => m.Success).ToArray();
            if (items.Length < 2 || (!budget.Success && !actual.Success))
            {
                continue;
            }

            var budgets = items.Where(m => m.Groups["budget"].Success).Select(m => Amounts.Parse(m.Groups["budget"].Value)).ToArray();
            yield return budget.Success && budgets.Length == items.Length
                ? context.Compare(Id, opening.Path, Amounts.Parse(budget.Groups[1].Value), budgets.Sum(), $"{opening.Section}所述年初预算总数", $"按其后{items.Length}个项目的年初预算相加", at: () => opening.Location)
                : null;
            yield return actual.Success
                ? context.Compare(Id, opening.Path, Amounts.Parse(actual.Groups[1].Value), items.Sum(m => Amounts.Parse(m.Groups["actual"].Value)), $"{opening.Section}所述支出决算总数", $"按其后{items.Length}个项目的支出决算相加", at: () => opening.Location)
                : null;
        }
    }

    [GeneratedRegex(@"年初预算(?:数)?为\s*(" + Amounts.Number + @")\s*万元")]
    private static partial Regex OpeningBudget();

    [GeneratedRegex(@"决算数?为\s*(" + Amounts.Number + @")\s*万元")]
    private static partial Regex OpeningActual();

    [GeneratedRegex(@"^(?:.*?年初预算(?:数)?为\s*(?<budget>" + Amounts.Number + @")\s*万元[，,]\s*)?.*?支出决算(?:数)?为\s*(?<actual>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Item();
}
