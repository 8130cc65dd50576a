using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Claims;

/// <summary>
/// Reads the counts a text states (“组织实施维修改造项目7个”, “我局有7个项目年初填报项目绩效目标表”) as claims with
/// the phrases of <see cref="Lexicon.Counts"/>: metric the count's id, value the number, unit 个 or 项, year from the
/// sentence as for amounts. A count has no 口径 or phase; its scope is the department's.
/// </summary>
public static class CountClaims
{
    private static readonly (LexiconCount Count, Regex Pattern)[] Phrases = Lexicon.Shipped.Counts
        .SelectMany(c => c.Phrases.Select(p => (c, new Regex(Compile(p), RegexOptions.CultureInvariant))))
        .ToArray();

    /// <summary>Every count <paramref name="text"/> (of the report of <paramref name="year"/>) states, in text order.</summary>
    public static IReadOnlyList<Claim> Read(string text, int year)
    {
        text = Amounts.Normalise(text);
        var claims = new List<Claim>();
        var taken = new HashSet<int>();
        foreach (var (count, pattern) in Phrases)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var number = m.Groups["n"];

                // Two phrases of one count may both match one statement (“编报绩效目标的项目8个” and its {gap} form).
                if (!taken.Add(number.Index))
                {
                    continue;
                }

                var n = decimal.Parse(number.Value, CultureInfo.InvariantCulture);
                claims.Add(new Claim(count.Id, "department", ClaimPhase.Final, ClaimReader.YearOf(text, number.Index, year), n, n, count.Unit, m.Value.Trim(), m.Index)
                {
                    Label = count.Label,
                    Owner = ClaimOwner.Department,
                });
            }
        }

        return claims.OrderBy(c => c.Index).ToArray();
    }

    /// <summary>A phrase as a pattern: its words literally, any spaces between them, {n} a whole number, {gap} a few words of one clause.</summary>
    private static string Compile(string phrase)
    {
        var pattern = new StringBuilder();
        foreach (var part in Regex.Split(phrase, @"(\{n\}|\{gap\})"))
        {
            pattern.Append(part switch
            {
                "{n}" => @"\s*(?<n>(?<![\d.])\d{1,6}(?![\d.]))\s*",
                "{gap}" => @"[^，,。；;：:、\n]{1,12}?",
                _ => string.Join(@"\s*", part.Select(c => Regex.Escape(c.ToString()))),
            });
        }

        return pattern.ToString();
    }
}
