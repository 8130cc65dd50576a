using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
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
        foreach (var share in Shares(context))
        {
            if (share.Whole is not { } w || w == 0m)
            {
                continue;
            }

            var paragraph = share.Paragraph;
            yield return context.Compare(Id, paragraph.Path, share.Percent, share.Part / w * 100m,
                $"{paragraph.Section}中“{Tolerance.Show(share.Part)}万元”所占比例", $"按{Tolerance.Show(share.Part)}÷{(share.Label.Length > 0 ? share.Label : "总数")}{Tolerance.Show(w)}计算",
                unit: "%", at: () => paragraph.Location);
        }
    }

    /// <summary>Every “X万元，占Y%” of the report's narrative, with the whole it is a share of when it can be found.</summary>
    internal static IEnumerable<StatedShare> Shares(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (Match m in Share().Matches(paragraph.Text))
            {
                var part = Amounts.Parse(m.Groups["part"].Value);
                var percent = decimal.Parse(m.Groups["pct"].Value, System.Globalization.CultureInfo.InvariantCulture);
                // “占支出总计的 99.86%”: the whole's name without the 的 and the space before the rate.
                var label = m.Groups["base"].Success ? m.Groups["base"].Value.Trim().TrimEnd('的').Trim() : string.Empty;
                var whole = label.Length > 0 ? Named(context, paragraph.Text, label, m.Index) : Unnamed(paragraph.Text, m.Index);
                yield return new StatedShare(paragraph, part, percent, label, whole, m.Index);
            }
        }
    }

    private static decimal? Named(CheckContext context, string text, string label, int before)
    {
        // The static Matches keeps the last patterns parsed (Regex.CacheSize): the wholes named are a handful of
        // phrases (支出总计, 基本支出), not worth parsing again for every share.
        var stated = Regex.Matches(text[..before], Regex.Escape(label) + @"(?:为|是|共计)?\s*(" + Amounts.Number + @")\s*万元");
        if (stated.Count > 0)
        {
            return Amounts.Parse(stated[^1].Groups[1].Value);
        }

        var known = FigureLabels.Known(label);
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

    [GeneratedRegex(@"(?<part>" + Amounts.Number + @")\s*万元\s*[，,、]?\s*(?:占(?<base>[^0-9，。；%]{0,20}?)的?\s*)?(?<pct>" + Amounts.Percent + @")%")]
    private static partial Regex Share();
}

/// <summary>A stated share: the part, its rate, the whole's name (empty when unnamed) and the whole, when found.</summary>
internal sealed record StatedShare(Paragraph Paragraph, decimal Part, decimal Percent, string Label, decimal? Whole, int Index);
