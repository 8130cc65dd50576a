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
    public static IReadOnlySet<string> OfText(string text) => new HashSet<string>(KeysOf(text, new KeyPool()), StringComparer.Ordinal);

    /// <summary>
    /// Every key of a segment's text, each once. A site's segments repeat the same keys
    /// millions of times (every 支出, every code), so the <paramref name="pool"/> keeps the key strings it has made and
    /// hands out the same string again instead of allocating a new one per occurrence.
    /// </summary>
    internal static string[] KeysOf(string text, KeyPool pool)
    {
        var folded = pool.Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsWide(folded[i]))
            {
                continue;
            }

            pool.Add(folded.Slice(i, 1));
            if (i + 1 < folded.Length && IsWide(folded[i + 1]))
            {
                pool.Add(folded.Slice(i, 2));
            }
        }

        var at = 0;
        while (NextWord(folded, ref at) is var (start, length) && length > 0)
        {
            var word = folded.Slice(start, length);
            for (var from = 0; from < word.Length; from++)
            {
                for (var end = from + 1; end <= Math.Min(word.Length, from + MaxWordKey); end++)
                {
                    if (word[from] != '.' && word[end - 1] != '.')
                    {
                        pool.Add(word[from..end]);
                    }
                }
            }
        }

        return pool.TakeKeys();
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
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) => FoldInto(source, span));

    /// <summary><see cref="Fold"/> into a buffer of at least the source's length.</summary>
    internal static void FoldInto(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            target[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
    }

    /// <summary>A letter or number outside ASCII (汉字, full-width digits, 〇): indexed character by character.</summary>
    public static bool IsWide(char c) => c > 0x7F && (char.IsLetter(c) || char.IsNumber(c));

    /// <summary>Runs of ASCII letters and digits; a dot between digits stays inside (3865.52).</summary>
    public static IEnumerable<string> Words(string folded)
    {
        var at = 0;
        while (NextWord(folded, ref at) is var (start, length) && length > 0)
        {
            yield return folded.Substring(start, length);
        }
    }

    /// <summary>The next word at or after <paramref name="at"/> (length 0 when there is none), moving past it.</summary>
    private static (int Start, int Length) NextWord(ReadOnlySpan<char> folded, ref int at)
    {
        var i = at;
        while (i < folded.Length && !IsWordChar(folded[i]))
        {
            i++;
        }

        var start = i;
        while (i < folded.Length && (IsWordChar(folded[i]) || (folded[i] == '.' && i > start && char.IsAsciiDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))))
        {
            i++;
        }

        at = i;
        return (start, i - start);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
