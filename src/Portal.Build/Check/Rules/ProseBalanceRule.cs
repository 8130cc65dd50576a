using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// “收、支总计A万元、B万元”: income and expenditure 总计 of a 决算 are equal by construction (the 总表s balance),
/// so a narrative giving two different totals contradicts itself.
/// </summary>
public sealed class ProseBalanceRule : ICheckRule
{
    public string Id => "prose.balance";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (Match m in PairedChanges.Totals().Matches(paragraph.Text))
            {
                yield return context.Compare(Id, paragraph.Path, Amounts.Parse(m.Groups["income"].Value), Amounts.Parse(m.Groups["spend"].Value),
                    $"{paragraph.Section}所述{m.Groups["what"].Value}收入总计", "应与所述支出总计相等，支出总计", at: () => paragraph.Location);
            }

            // Last year's 决算 balanced too: the totals the paired changes imply must be equal.
            foreach (var pair in PairedChanges.In(paragraph.Text))
            {
                yield return context.Compare(Id, paragraph.Path, pair.PreviousIncome, pair.PreviousExpenditure,
                    $"{paragraph.Section}所述变动隐含的上年{pair.Scope}收入总计（本年{Tolerance.Show(pair.Income)}{(pair.Increase ? "−" : "+")}{Tolerance.Show(pair.IncomeChange)}）",
                    $"应与隐含的上年支出总计相等，上年支出总计（本年{Tolerance.Show(pair.Expenditure)}{(pair.Increase ? "−" : "+")}{Tolerance.Show(pair.ExpenditureChange)}）", at: () => paragraph.Location);
            }
        }
    }
}
