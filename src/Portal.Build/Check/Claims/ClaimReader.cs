using System.Text;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Claims;

/// <summary>
/// Reads every stated figure of a text as a <see cref="Claim"/> with the words of <see cref="Lexicon"/>: its
/// 口径 from the word before the metric name, its phase and year from the clause and sentence it stands in.
/// Works on <see cref="Amounts.Normalise">normalised</see> text, so full-width digits and “％” read as any other.
/// </summary>
public static class ClaimReader
{
    private static readonly Lexicon Words = Lexicon.Shipped;

    private static readonly Regex Pattern = new(
        $"(?<scope>{Alternation(Words.Scopes.SelectMany(s => s.Words))})?(?<name>{Alternation(Words.Metrics.SelectMany(m => m.Names))})"
        + $"(?<phase>{Alternation(Words.Phases.SelectMany(p => p.Words))})?(?:\\s*(?:{Alternation(Words.Connectives)})){{0,3}}\\s*"
        + $"(?<num>{Amounts.Number})\\s*(?<unit>{Alternation(Words.Units.Select(u => u.Word))})?",
        RegexOptions.CultureInvariant);

    private static readonly Regex ScopeWords = new(Alternation(Words.Scopes.SelectMany(s => s.Words)), RegexOptions.CultureInvariant);

    private static readonly (ClaimPhase Phase, Regex Pattern)[] PhaseWords =
        Words.Phases.Select(p => (p.Id, new Regex(Alternation(p.Words), RegexOptions.CultureInvariant))).ToArray();

    private static readonly Regex PreviousWords = new("上年|上一年|去年", RegexOptions.CultureInvariant);

    private static readonly Regex ComparisonWords = new(@"同比|较|比\d{4}年|与\d{4}年", RegexOptions.CultureInvariant);

    private static readonly Regex YearWord = new(@"(?<!\d)(\d{4})年", RegexOptions.CultureInvariant);

    /// <summary>Every stated figure of <paramref name="text"/>, a text of the report of <paramref name="year"/>.</summary>
    public static IReadOnlyList<Claim> Read(string text, int year)
    {
        text = Amounts.Normalise(text);
        var blanked = ScopeWords.Replace(text, m => new string('□', m.Length));
        var claims = new List<Claim>();
        foreach (Match m in Pattern.Matches(text))
        {
            var metric = Words.MetricNamed(m.Groups["name"].Value)!;
            var scopeWord = m.Groups["scope"].Value;
            if (metric.RequiresScope && scopeWord.Length == 0)
            {
                continue;
            }

            var end = m.Index + m.Length;
            string? unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
            if (unit is null && end < text.Length && !IsClauseEnd(text[end]))
            {
                // Followed by “%”, “年”, “个”, another digit…: not an amount.
                continue;
            }

            // “三公”经费财政拨款支出, 某项目的项目支出: another subject's figure.
            var head = text[ClauseStart(text, m.Index)..m.Index].TrimEnd();
            if (head.Length > 0 && !Words.Owners.Any(o => head.EndsWith(o, StringComparison.Ordinal)))
            {
                continue;
            }

            var scope = Words.ScopeOf(scopeWord);
            var printed = Amounts.Parse(m.Groups["num"].Value);
            var wan = unit is null ? printed : printed * Words.Units.First(u => u.Word == unit).Wan;
            var key = metric.Figures.GetValueOrDefault(scope);
            claims.Add(new Claim(metric.Id, scope, PhaseOf(blanked, m), YearOf(text, m.Index, year), wan, printed, unit, m.Value, m.Index)
            {
                Label = scopeWord + m.Groups["name"].Value,
                FigureKey = key,
                TablesOnly = key is not null && metric.TablesOnly.Contains(key),
                Owner = head.Length > 0 ? ClaimOwner.Department : ClaimOwner.Unstated,
                NeedsOwner = metric.NeedsOwner,
            });
        }

        return claims;
    }

    private static bool IsClauseEnd(char c) => c is '，' or ',' or '。' or '；' or ';' or '、' or '）' or ')' or '：' or ' ' or '\n';

    private static ClaimPhase PhaseOf(string blanked, Match m)
    {
        if (m.Groups["phase"].Success)
        {
            return Phase(m.Groups["phase"].Value) ?? ClaimPhase.Final;
        }

        // The clause before the metric, and the words between the metric and its figure (“支出决算为”).
        var clause = blanked[ClauseStart(blanked, m.Index)..m.Index] + blanked[(m.Groups["name"].Index + m.Groups["name"].Length)..m.Groups["num"].Index];
        if (LastPhase(clause) is { } said)
        {
            return said;
        }

        // A budget spoken of earlier in the sentence, and nothing in this clause to say which stage: unclear.
        var sentence = blanked[SentenceStart(blanked, m.Index)..m.Index];
        return PhaseWords.Any(p => p.Phase != ClaimPhase.Final && p.Pattern.IsMatch(sentence)) ? ClaimPhase.Unclear : ClaimPhase.Final;
    }

    private static ClaimPhase? LastPhase(string text)
    {
        (ClaimPhase Phase, int At)? last = null;
        foreach (var (phase, pattern) in PhaseWords)
        {
            foreach (Match p in pattern.Matches(text))
            {
                // At one position the longer word (年初预算 before 预算) is listed first and wins.
                if (last is not { } l || p.Index > l.At)
                {
                    last = (phase, p.Index + p.Length - 1);
                }
            }
        }

        return last?.Phase;
    }

    private static ClaimPhase? Phase(string word) => PhaseWords.FirstOrDefault(p => p.Pattern.Match(word) is { Success: true } w && w.Length == word.Length).Phase;

    /// <summary>Which year a figure at <paramref name="index"/> is of: its clause's 上年 words, else the last year its sentence names.</summary>
    internal static ClaimYear YearOf(string text, int index, int year)
    {
        var clause = text[ClauseStart(text, index)..index];
        if (PreviousWords.IsMatch(clause))
        {
            return ClaimYear.Previous;
        }

        var sentence = text[SentenceStart(text, index)..index];
        var years = YearWord.Matches(sentence);
        if (years.Count > 0 && int.Parse(years[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var said && said != year)
        {
            return said == year - 1 ? ClaimYear.Previous : ClaimYear.Other;
        }

        // A sentence comparing with last year whose clause does not place this figure: not read as this year's.
        return PreviousWords.IsMatch(sentence) || ComparisonWords.IsMatch(sentence) ? ClaimYear.Other : ClaimYear.Current;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '\n'];

    private static readonly char[] ClauseEnds = ['。', '！', '？', '\n', '，', ',', '；', ';', '：', ':'];

    /// <summary>Where the sentence holding <paramref name="index"/> starts.</summary>
    public static int SentenceStart(string text, int index) => index == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, index - 1) + 1;

    /// <summary>Where the clause (between commas) holding <paramref name="index"/> starts.</summary>
    public static int ClauseStart(string text, int index) => index == 0 ? 0 : text.LastIndexOfAny(ClauseEnds, index - 1) + 1;

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
}
