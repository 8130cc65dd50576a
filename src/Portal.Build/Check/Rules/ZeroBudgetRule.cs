using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// No rate on a zero base: a 自评表 execution rate on a zero (or blank) budget, a completion rate of a zero budget,
/// a growth rate from a zero last year (“增加X万元，增长100%” where this year's figure is X), a share of a zero whole,
/// and a 三公 part's “完成预算0%” whose budget the whole and the other parts fix at 0.
/// </summary>
public sealed partial class ZeroBudgetRule : ICheckRule
{
    public string Id => "complete.zero-budget";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            for (var i = 0; i < evaluation.Funds.Count; i++)
            {
                var fund = evaluation.Funds[i];
                if (fund.ExecutionRate is { } rate && fund.FullYearBudget is null or 0m && fund.Executed is not null)
                {
                    yield return context.Flag(Id, FindingSeverity.Error, $"{path}.funds[{i}][5]",
                        $"{name}“{fund.Name}”全年预算数为{(fund.FullYearBudget is null ? "空" : "0")}，却印有执行率{Tolerance.Show(rate)}%。", stated: rate);
                }
            }
        }

        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in CompletionClaims.In(paragraph.Text).Where(c => c.Budget == 0m))
            {
                yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                    $"{paragraph.Section}中{claim.Named}为0，却写“完成{claim.Named}的{Tolerance.Show(claim.Percent)}%”：以0为基数的完成率无从计算"
                    + (claim.RateFits is { } fits ? $"；按决算{Tolerance.Show(claim.Actual)}÷{fits.Phase}{Tolerance.Show(fits.Amount)}正是{Tolerance.Show(claim.Percent)}%，应为“完成{fits.Phase}的”。" : "。"),
                    stated: claim.Percent, at: () => paragraph.Location);
            }

            // “支出0万元，完成预算100%”: nothing spent is 0% of any budget; a rate above 0 means the budget was 0 too.
            foreach (Match m in NothingSpent().Matches(paragraph.Text))
            {
                if (decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture) is var pct && pct > 0m)
                {
                    yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                        $"{paragraph.Section}中“{m.Value}”：支出为0，完成率只能是0%；印为{Tolerance.Show(pct)}%，则预算也为0，以0为基数的完成率无从计算。",
                        stated: pct, computed: 0m, at: () => paragraph.Location);
                }
            }

            // Many reports write 增长100% for what is new this year: a convention, but a rate on no base at all.
            foreach (var claim in ChangeClaims.In(paragraph.Text, context.Report.Year).Where(c => c.Previous == 0m))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, paragraph.Path,
                    $"{paragraph.Section}中本年{Tolerance.Show(claim.Current)}万元“增加{Tolerance.Show(claim.Change)}万元”，即上年为0，却写增长{Tolerance.Show(claim.Percent)}%：以0为基数的增长率无从计算（宜写“上年无此项”）。",
                    stated: claim.Percent, at: () => paragraph.Location);
            }
        }

        // “因公出国（境）经费支出0万元，完成预算0%”: 0 of what? The 三公 budget less the other parts' budgets, when the
        // report fixes them all, says the part had none.
        foreach (var part in SangongBudgets.ZeroParts(context.Prose))
        {
            var paragraph = part.Rate.Paragraph;
            var others = string.Join("、", part.Others.Select(o => $"{o.Name}预算{Tolerance.Show(o.Budget.Amount)}万元（{o.Budget.Basis}）"));
            yield return context.Flag(Id, part.AssumesExactRates ? FindingSeverity.Warning : FindingSeverity.Error, paragraph.Path,
                $"{paragraph.Section}中“{part.Rate.Words}”：“三公”经费预算{Tolerance.Show(part.Whole)}万元（{part.WholeBasis}）减{others}，{part.Name}预算为0，以0为基数的完成率无从计算"
                + (part.AssumesExactRates ? "（此按所印完成率恰为所写之数推算；完成率只印到整数时，预算可差出几万元，故存疑）。" : "。"),
                stated: part.Rate.Percent, computed: part.Whole - part.Others.Sum(o => o.Budget.Amount), at: () => paragraph.Location);
        }

        foreach (var share in ShareClaimRule.Shares(context).Where(s => s.Whole == 0m && s.Percent != 0m))
        {
            var paragraph = share.Paragraph;
            yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                $"{paragraph.Section}中“{Tolerance.Show(share.Part)}万元”占{(share.Label.Length > 0 ? share.Label : "总数")}的{Tolerance.Show(share.Percent)}%，而{(share.Label.Length > 0 ? share.Label : "总数")}为0：以0为分母的比例无从计算。",
                stated: share.Percent, at: () => paragraph.Location);
        }
    }

    [GeneratedRegex(@"支出(?:决算)?(?:数)?(?:为)?\s*0(?:\.0+)?\s*万元\s*[，,]\s*完成(?:年初|全年)?预算(?:数)?的?\s*(?<pct>" + Amounts.Percent + @")\s*%")]
    private static partial Regex NothingSpent();
}
