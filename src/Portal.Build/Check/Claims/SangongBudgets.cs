using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;
using Portal.Core.Model;

namespace Portal.Build.Check.Claims;

/// <summary>
/// The 三公 budget of each part (因公出国（境）费, 公务用车购置及运行维护费, 公务接待费) and of the whole, as far as the
/// report fixes it: the 三公 table's 预算数 where printed; else a budget the text states (“…支出预算为A万元”); else the
/// one its completion rate implies (“支出A万元，完成预算Y%”: A ÷ Y, exact when Y is 100% read as exactly 100, or the
/// whole's “决算数与预算数持平”). A part the report leaves open (“支出0万元，完成预算0%”: 0 ÷ 0) is the whole less the
/// other parts, when all of them are fixed: 四川's reports print no 三公 table, and state the parts' budgets only so.
/// </summary>
public static partial class SangongBudgets
{
    /// <summary>The parts of the 三公 whole, by the <see cref="Portal.Core.Model.Tables.SangongFigures"/> key, and their name.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Parts =
    [
        ("overseas", "因公出国（境）费"),
        ("vehicles", "公务用车购置及运行维护费"),
        ("reception", "公务接待费"),
    ];

    /// <summary>A part whose stated completion rate is of a budget the other figures fix at 0.</summary>
    public sealed record ZeroPart(string Name, SangongRate Rate, decimal Whole, string WholeBasis, IReadOnlyList<(string Name, SangongBudget Budget)> Others)
    {
        /// <summary>
        /// The derivation holds only if each printed rate is exactly what it says (“100%” exactly 100, not 99.5–100.5):
        /// true when a budget read from a rate could, within the decimals printed, leave this part more than 0.01 万元.
        /// </summary>
        public bool AssumesExactRates { get; init; }
    }

    /// <summary>A budget as the report fixes it, with how (for the message) and how far a printed rate's rounding could move it.</summary>
    public sealed record SangongBudget(decimal Amount, string Basis, decimal Slack);

    /// <summary>“（item）支出A万元，完成预算Y%” where the item's sentence says no more (its paragraph, and where in it).</summary>
    public sealed record SangongRate(string Key, decimal Actual, decimal Percent, string Words, Paragraph Paragraph, bool Level);

    /// <summary>
    /// Every part the report states a 0% completion of, on 0 spent, whose budget is the whole less the other parts and
    /// comes to 0 (within 0.01 万元): a rate on a zero base.
    /// </summary>
    public static IEnumerable<ZeroPart> ZeroParts(ReportProse report)
    {
        var rates = Rates(report).ToArray();
        var budgets = new Dictionary<string, SangongBudget>(StringComparer.Ordinal);
        foreach (var key in Parts.Select(p => p.Key).Prepend("total"))
        {
            if (Budget(report, key, rates) is { } budget)
            {
                budgets[key] = budget;
            }
        }

        if (!budgets.TryGetValue("total", out var whole))
        {
            yield break;
        }

        foreach (var part in Parts)
        {
            // Only the case the report leaves open: nothing spent and 0% (a rate above 0 on nothing spent is another finding's).
            if (rates.Where(r => r.Key == part.Key).ToArray() is not [{ Actual: 0m, Percent: 0m } rate])
            {
                continue;
            }

            var others = Parts.Where(p => p.Key != part.Key).Select(p => (p.Name, Budget: budgets.GetValueOrDefault(p.Key))).ToArray();
            if (others.Any(o => o.Budget is null))
            {
                continue;
            }

            var remainder = whole.Amount - others.Sum(o => o.Budget!.Amount);
            if (Math.Abs(remainder) > Tolerance.Rounding)
            {
                continue;
            }

            yield return new ZeroPart(part.Name, rate, whole.Amount, whole.Basis, others.Select(o => (o.Name, o.Budget!)).ToArray())
            {
                AssumesExactRates = remainder + whole.Slack + others.Sum(o => o.Budget!.Slack) > Tolerance.Rounding,
            };
        }
    }

    /// <summary>The budget of one item (total or a part): table, else stated, else implied by its rate; null when unknown or stated two ways.</summary>
    private static SangongBudget? Budget(ReportProse report, string key, IReadOnlyList<SangongRate> rates)
    {
        if (report.Report.Tables.Sangong is { Budget: { } side } && side.Value(key) is { } tabled)
        {
            return new SangongBudget(tabled, $"{report.Report.Tables.Sangong.Info.ShortName}预算数", 0m);
        }

        var stated = report.Paragraphs.SelectMany(p => StatedBudget().Matches(p.Text))
            .Where(m => KeyOf(m.Groups["item"].Value) == key).Select(m => Amounts.Parse(m.Groups["budget"].Value)).Distinct().ToArray();
        if (stated.Length > 0)
        {
            return stated.Length == 1 ? new SangongBudget(stated[0], $"所述预算{Tolerance.Show(stated[0])}万元", 0m) : null;
        }

        var implied = rates.Where(r => r.Key == key && (r.Percent > 0m || r.Level)).ToArray();
        if (implied.Select(r => (r.Actual, r.Percent)).Distinct().Count() != 1)
        {
            return null;
        }

        var rate = implied[0];
        if (rate.Level)
        {
            return new SangongBudget(rate.Actual, $"决算{Tolerance.Show(rate.Actual)}万元“决算数与预算数持平”", 0m);
        }

        // A × 100 ÷ Y; the rate printed to its decimals could be up to half a unit more, the budget that much less.
        var amount = rate.Actual * 100m / rate.Percent;
        var half = Tolerance.HalfUnit(rate.Percent);
        var slack = amount - (rate.Actual * 100m / (rate.Percent + half));
        return new SangongBudget(Math.Round(amount, 2), $"决算{Tolerance.Show(rate.Actual)}万元完成预算{Tolerance.Show(rate.Percent)}%", slack);
    }

    /// <summary>Every “（item）支出A万元，完成预算Y%” of the report; <see cref="SangongRate.Level"/> when the whole's paragraph adds “决算数与预算数持平”.</summary>
    private static IEnumerable<SangongRate> Rates(ReportProse report)
    {
        foreach (var paragraph in report.Paragraphs)
        {
            foreach (Match m in SpentAndRate().Matches(paragraph.Text))
            {
                if (KeyOf(m.Groups["item"].Value) is not { } key)
                {
                    continue;
                }

                // The rest of its paragraph: 攀枝花 2022 says “决算数与预算数持平” a sentence after the rate.
                var rest = paragraph.Text[(m.Index + m.Length)..];
                yield return new SangongRate(key, Amounts.Parse(m.Groups["amt"].Value), decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture), m.Value, paragraph,
                    key == "total" && rest.Contains("与预算数持平", StringComparison.Ordinal));
            }
        }
    }

    private static string? KeyOf(string item) =>
        item.Contains("三公", StringComparison.Ordinal) ? "total"
        : item.Contains("出国", StringComparison.Ordinal) ? "overseas"
        : item.Contains("公务用车", StringComparison.Ordinal) ? "vehicles"
        : item.Contains("接待", StringComparison.Ordinal) ? "reception"
        : null;

    // The item directly before 支出: “因公出国（境）经费支出0万元，完成预算0%”, ““三公”经费财政拨款支出决算为610.31万元，完成预算100%”.
    // Only the 公务用车 subtotal (购置及运行维护费) is a part of the whole here, not its 购置 or 运行维护 alone.
    private const string Item = @"(?<item>“?三公”?经费(?:财政拨款)?|因公出国[（(]境[)）](?:经)?费|公务用车购置及运行维护费|公务接待费)";

    [GeneratedRegex(Item + @"支出(?:决算)?(?:数)?(?:为)?\s*(?<amt>" + Amounts.Number + @")\s*万元\s*[，,]\s*完成预算(?:数)?的?\s*(?<pct>" + Amounts.Percent + @")\s*%")]
    private static partial Regex SpentAndRate();

    [GeneratedRegex(Item + @"支出预算(?:数)?为\s*(?<budget>" + Amounts.Number + @")\s*万元")]
    private static partial Regex StatedBudget();
}
