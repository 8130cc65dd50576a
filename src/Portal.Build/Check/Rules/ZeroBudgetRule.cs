using System.Globalization;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>A completion or execution rate is not computed on a zero (or blank) budget: 自评表 fund rows and prose.</summary>
public sealed class ZeroBudgetRule : ICheckRule
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

        foreach (var paragraph in Paragraphs.Of(context.Report))
        {
            foreach (System.Text.RegularExpressions.Match m in CompletionClaimRule.Completion().Matches(paragraph.Text))
            {
                if (Amounts.Parse(m.Groups["budget"].Value) == 0m)
                {
                    yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                        $"{paragraph.Section}中预算为0，却写“完成预算的{m.Groups["pct"].Value}%”。",
                        stated: decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture), at: () => paragraph.Location);
                }
            }
        }
    }
}
