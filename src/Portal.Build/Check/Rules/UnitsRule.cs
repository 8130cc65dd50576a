using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// An amount printed in 元 where the report means 万元 (“预算564.88元，批复564.88万元”): a decimal amount followed by
/// a bare 元. An error when the same number appears as 万元 elsewhere in the report, otherwise a warning.
/// </summary>
public sealed partial class UnitsRule : ICheckRule
{
    public string Id => "units.yuan";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var paragraphs = context.Paragraphs;
        var inWan = paragraphs.SelectMany(p => Amounts.WanYuan(p.Text)).Select(a => a.Value).ToHashSet();
        foreach (var paragraph in paragraphs)
        {
            foreach (Match m in Yuan().Matches(paragraph.Text))
            {
                var value = Amounts.Parse(m.Groups[1].Value);
                var confirmed = inWan.Contains(value);
                yield return context.Flag(Id, confirmed ? FindingSeverity.Error : FindingSeverity.Warning, paragraph.Path,
                    $"{paragraph.Section}中“{m.Value}”以元为单位，本报告金额单位为万元{(confirmed ? "，且同一数字在别处印为万元" : "，疑为万元")}。",
                    stated: value, at: () => paragraph.Location);
            }
        }
    }

    // A decimal amount directly followed by 元 (so never 万元), not a per-unit price (元/人).
    [GeneratedRegex(@"(?<![\d.])(\d[\d,]{0,15}\.\d{1,2})\s*元(?!/)")]
    private static partial Regex Yuan();
}
