using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Claims;

/// <summary>
/// “完成（年初）预算的Y%” with the budget and the 决算 its sentence states before it, in any order and with any
/// clause between them (“年初预算为A万元，支出决算为B万元，主要是追加……，完成年初预算的Y%”). When the rate names
/// 年初 or 全年, the budget is the last one of that stage; otherwise the last budget of any stage.
/// </summary>
public static partial class CompletionClaims
{
    public static IEnumerable<CompletionClaim> In(string text)
    {
        foreach (Match rate in Rate().Matches(text))
        {
            var start = ClaimReader.SentenceStart(text, rate.Index);
            var sentence = text[start..rate.Index];
            var named = rate.Groups["phase"].Value;
            var stated = Budget().Matches(sentence).Select(b => (Phase: b.Groups["phase"].Value, Amount: Amounts.Parse(b.Groups["amt"].Value))).ToArray();
            var budgets = stated.Where(b => named is "预算" || b.Phase == named).ToArray();
            var actuals = Actual().Matches(sentence).ToArray();
            if (budgets.Length == 0 || actuals.Length == 0)
            {
                continue;
            }

            yield return new CompletionClaim(
                budgets[^1].Amount,
                Amounts.Parse(actuals[^1].Groups["amt"].Value),
                decimal.Parse(rate.Groups["pct"].Value, CultureInfo.InvariantCulture),
                named,
                rate.Index)
            {
                Budgets = stated,
            };
        }
    }

    [GeneratedRegex(@"完成(?<phase>年初预算|全年预算|调整预算|预算)(?:数)?的?\s*(?<pct>" + Amounts.Percent + @")\s*%")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?<phase>年初预算|全年预算|调整预算|预算)(?:数)?(?:为|是)?\s*(?<amt>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Budget();

    [GeneratedRegex(@"(?:决算|执行)(?:数)?(?:为|是)?\s*(?<amt>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Actual();
}

/// <summary>A stated completion rate with the budget and 决算 it is of; <see cref="Named"/> is the budget the rate names (年初预算, 预算…).</summary>
public sealed record CompletionClaim(decimal Budget, decimal Actual, decimal Percent, string Named, int Index)
{
    /// <summary>Every budget the sentence states, of any stage (年初预算 0, 全年预算 321.02…).</summary>
    public IReadOnlyList<(string Phase, decimal Amount)> Budgets { get; init; } = [];

    /// <summary>The other stated budget the printed rate is the completion of, when one is (the rate names the wrong stage).</summary>
    public (string Phase, decimal Amount)? RateFits => Budgets
        .Where(b => b.Phase != Named && b.Amount != 0m && Tolerance.Classify(Percent, Actual / b.Amount * 100m) is null)
        .Select(b => ((string, decimal)?)b).FirstOrDefault();
}
