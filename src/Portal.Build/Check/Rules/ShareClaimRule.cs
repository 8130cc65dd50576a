using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// “X万元，占Y%” in the narrative: Y = X ÷ the whole. The whole is the one the sentence names (“占本年支出合计的”,
/// looked up earlier in the paragraph, then in the report's figures) or, unnamed, the amount before “其中/主要用于”.
/// A share whose whole cannot be found is not a finding.
/// </summary>
public sealed partial class ShareClaimRule : ICheckRule
{
    public string Id => "prose.share";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in Paragraphs.Of(context.Report))
        {
            foreach (Match m in Share().Matches(paragraph.Text))
            {
                var part = Amounts.Parse(m.Groups["part"].Value);
                var percent = decimal.Parse(m.Groups["pct"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var label = m.Groups["base"].Success ? m.Groups["base"].Value.Trim() : string.Empty;
                var whole = label.Length > 0 ? Named(context, paragraph.Text, label, m.Index) : Unnamed(paragraph.Text, m.Index);
                if (whole is not { } w || w == 0m)
                {
                    continue;
                }

                yield return context.Compare(Id, paragraph.Path, percent, part / w * 100m,
                    $"{paragraph.Section}中“{Tolerance.Show(part)}万元”所占比例", $"按{Tolerance.Show(part)}÷{(label.Length > 0 ? label : "总数")}{Tolerance.Show(w)}计算",
                    unit: "%", at: () => paragraph.Location);
            }
        }
    }

    private static decimal? Named(CheckContext context, string text, string label, int before)
    {
        var stated = new Regex(Regex.Escape(label) + @"(?:为|是|共计)?\s*(" + Amounts.Number + @")\s*万元").Matches(text[..before]);
        if (stated.Count > 0)
        {
            return Amounts.Parse(stated[^1].Groups[1].Value);
        }

        var known = FigureLabels.All.FirstOrDefault(l => l == label || label.EndsWith(l, StringComparison.Ordinal));
        return known is null ? null : FigureLabels.FromData(context.Report, known);
    }

    private static decimal? Unnamed(string text, int before)
    {
        var head = text[..before];
        var cut = new[] { "其中", "主要用于" }.Select(k => head.LastIndexOf(k, StringComparison.Ordinal)).Max();
        if (cut < 0)
        {
            return null;
        }

        var amounts = Amounts.WanYuan(head[..cut]).ToArray();
        return amounts.Length == 0 ? null : amounts[^1].Value;
    }

    [GeneratedRegex(@"(?<part>" + Amounts.Number + @")\s*万元\s*[，,、]?\s*(?:占(?<base>[^0-9，。；%]{0,20}?)的?)?(?<pct>" + Amounts.Percent + @")%")]
    private static partial Regex Share();
}
