using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A whole and its listed parts (“X万元，其中：A万元，B万元……” / “主要包括：”) in one sentence: the parts cannot
/// add up to more than the whole. A list that falls short may be partial (“主要包括”), so that is not a finding.
/// </summary>
public sealed partial class ListSumRule : ICheckRule
{
    public string Id => "prose.list-sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            var text = paragraph.Text;
            foreach (Match list in Introducer().Matches(text))
            {
                var wholes = Amounts.WanYuan(text[..list.Index]).ToArray();
                if (wholes.Length == 0 || wholes[^1].Index + 30 < list.Index)
                {
                    continue;
                }

                var end = text.IndexOf('。', list.Index);
                var body = text[(list.Index + list.Length)..(end < 0 ? text.Length : end)];
                // The list ends where the sentence's next clause or a nested list begins; a part's own breakdown
                // in brackets (“活动经费（含关工委活动经费3万元）7.25万元”) is not another part.
                var stop = Stop().Match(body);
                body = Bracketed().Replace(stop.Success ? body[..stop.Index] : body, string.Empty);
                var parts = Amounts.WanYuan(body).Where(p => !IsChange(body, p.Index)).Select(p => p.Value).ToArray();
                var whole = wholes[^1].Value;
                // One part is a partial list, unless it is more than its whole (“其中：授予中小企业合同金额…”).
                if (parts.Length == 0 || (parts.Length == 1 && parts[0] - whole <= Tolerance.Rounding))
                {
                    continue;
                }

                var sum = parts.Sum();
                if (sum <= whole)
                {
                    // Falling short is a partial list unless it is within rounding of the whole.
                    if (whole - sum > Tolerance.Rounding || whole == sum)
                    {
                        continue;
                    }
                }

                yield return context.Compare(Id, paragraph.Path, whole, sum,
                    $"{paragraph.Section}所述总数", $"其后所列{parts.Length}项之和", at: () => paragraph.Location);
            }
        }
    }

    private static bool IsChange(string text, int index)
    {
        var before = text[Math.Max(0, index - 3)..index];
        return before.Contains("增加", StringComparison.Ordinal) || before.Contains("减少", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[；;：:]|具体|明细|其中|主要包括|主要用于")]
    private static partial Regex Stop();

    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[，,]?\s*(?:其中[：:，,]?|主要包括[：:]|主要用于以下方面[：:])")]
    private static partial Regex Introducer();
}
