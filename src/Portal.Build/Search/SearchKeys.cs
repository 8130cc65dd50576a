namespace Portal.Build.Search;

/// <summary>
/// The index keys of a text, shared with the theme's search.js (which must compute the same keys for a
/// query — change both together). Chinese and other non-ASCII letters and numbers give every character
/// pair (bigram) and every single character, so any substring of two or more characters is found by
/// intersecting bigram postings, and a single character by its own; ASCII letters and digits form words
/// (a code like 2010301, an amount like 3865.52) indexed by every substring of up to <see cref="MaxWordKey"/>
/// characters, so a code is found by any part of it (20103, 0301) and a query that begins inside a number
/// (22年度) still finds it. ASCII letters are folded to lower case; nothing else is folded.
/// </summary>
public static class SearchKeys
{
    public const int MaxWordKey = 12;

    /// <summary>Every key of a segment's text, each once.</summary>
    public static IReadOnlySet<string> OfText(string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var folded = Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsWide(folded[i]))
            {
                continue;
            }

            keys.Add(folded[i].ToString());
            if (i + 1 < folded.Length && IsWide(folded[i + 1]))
            {
                keys.Add(folded.Substring(i, 2));
            }
        }

        foreach (var word in Words(folded))
        {
            for (var start = 0; start < word.Length; start++)
            {
                for (var end = start + 1; end <= Math.Min(word.Length, start + MaxWordKey); end++)
                {
                    if (word[start] != '.' && word[end - 1] != '.')
                    {
                        keys.Add(word[start..end]);
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// The keys a query part (no whitespace) must all have: its bigrams and its words (cut to
    /// <see cref="MaxWordKey"/>); its single
    /// characters only when it has neither. Every segment containing the part has every one of these keys.
    /// </summary>
    public static IReadOnlyList<string> OfQuery(string part)
    {
        var folded = Fold(part);
        var keys = new List<string>();
        for (var i = 0; i + 1 < folded.Length; i++)
        {
            if (IsWide(folded[i]) && IsWide(folded[i + 1]))
            {
                keys.Add(folded.Substring(i, 2));
            }
        }

        keys.AddRange(Words(folded).Select(w => w.Length > MaxWordKey ? w[..MaxWordKey] : w));
        if (keys.Count == 0)
        {
            keys.AddRange(folded.Where(IsWide).Select(c => c.ToString()));
        }

        return keys.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>ASCII upper case to lower case, nothing else: the same length, so offsets carry over.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
    });

    /// <summary>A letter or number outside ASCII (汉字, full-width digits, 〇): indexed character by character.</summary>
    public static bool IsWide(char c) => c > 0x7F && (char.IsLetter(c) || char.IsNumber(c));

    /// <summary>Runs of ASCII letters and digits; a dot between digits stays inside (3865.52).</summary>
    public static IEnumerable<string> Words(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && (IsWordChar(folded[i]) || (folded[i] == '.' && i > start && char.IsAsciiDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))))
            {
                i++;
            }

            yield return folded[start..i];
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
