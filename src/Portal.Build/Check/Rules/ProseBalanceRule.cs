using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// “收、支总计A万元、B万元”: income and expenditure 总计 of a 决算 are equal by construction (the 总表s balance),
/// so a narrative giving two different totals contradicts itself.
/// </summary>
public sealed partial class ProseBalanceRule : ICheckRule
{
    public string Id => "prose.balance";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in Paragraphs.Of(context.Report))
        {
            foreach (Match m in Totals().Matches(paragraph.Text))
            {
                yield return context.Compare(Id, paragraph.Path, Amounts.Parse(m.Groups["income"].Value), Amounts.Parse(m.Groups["spend"].Value),
                    $"{paragraph.Section}所述{m.Groups["what"].Value}收入总计", "应与所述支出总计相等，支出总计", at: () => paragraph.Location);
            }
        }
    }

    [GeneratedRegex(@"(?<what>财政拨款)?收、?支总计(?:分别为)?\s*(?<income>" + Amounts.Number + @")\s*万元\s*[、和及]\s*(?<spend>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Totals();
}
