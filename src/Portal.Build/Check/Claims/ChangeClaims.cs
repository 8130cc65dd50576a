using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Claims;

/// <summary>
/// Finds “（与上年相比|比上年|较上年）…增加/减少X万元，增长/下降Y%” in a paragraph, with this year's figure: the last
/// “X万元” before the comparison in its sentence (or the sentence before, when the sentence opens with it). Paired lists (“各减少A万元、B万元”) are not read.
/// </summary>
public static partial class ChangeClaims
{
    public static IEnumerable<ChangeClaim> In(string text, int year)
    {
        foreach (Match m in Change().Matches(text))
        {
            var head = text[..m.Index];
            var compare = Comparison().Matches(head);
            if (compare.Count == 0)
            {
                continue;
            }

            // This year's figure: in the same sentence before the comparison, or — when the sentence opens with
            // the comparison (“……3865.52万元。与上年相比，减少……”) — the last one of the sentence before.
            var at = compare[^1].Index;
            var sentence = head.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
            var amounts = Amounts.WanYuan(head[sentence..at]).Select(a => (Index: a.Index + sentence, a.Value)).ToArray();
            if (amounts.Length == 0 && head[sentence..at].Trim().Length == 0 && sentence > 0)
            {
                var previousSentence = head.LastIndexOf('。', Math.Max(0, sentence - 2)) + 1;
                amounts = Amounts.WanYuan(head[previousSentence..(sentence - 1)]).Select(a => (Index: a.Index + previousSentence, a.Value)).ToArray();
            }

            if (amounts.Length == 0)
            {
                continue;
            }

            var current = amounts[^1];
            var label = FigureLabels.Find(text[..(current.Index + 20 < text.Length ? current.Index + 20 : text.Length)], year)
                .Where(f => f.Value == current.Value).Select(f => f.Label).FirstOrDefault();
            var increase = m.Groups["dir"].Value is "增加" or "增长";
            yield return new ChangeClaim(label, current.Value, increase, Amounts.Parse(m.Groups["amt"].Value),
                decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture), m.Index);
        }
    }

    [GeneratedRegex(@"(?<dir>增加|减少)\s*(?<amt>" + Amounts.Number + @")\s*万元\s*[，,]\s*(?:增幅|降幅)?(?:增长|下降|减少|增加|上升)\s*(?<pct>" + Amounts.Percent + @")\s*%")]
    private static partial Regex Change();

    [GeneratedRegex(@"与上年相比|比上年|较上年|与上年|同比去年|同比|与\s*\d{4}\s*年(?:度)?相比|比\s*\d{4}\s*年")]
    private static partial Regex Comparison();
}
