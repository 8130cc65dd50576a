using System.Globalization;

namespace Portal.Build.Charts;

/// <summary>
/// Fits a label into a box so labels never overlap: wraps it onto at most <c>maxLines</c> lines of
/// <c>perLine</c> characters (a CJK character counts 1, a Latin character or digit ½), and cuts what
/// is left with "…" (the chart then carries the full label in a tooltip <c>&lt;title&gt;</c>).
/// </summary>
public static class ChartLabel
{
    public static IReadOnlyList<string> Fit(string label, double perLine, int maxLines)
    {
        var fitted = FitWords(label, perLine, maxLines);
        // A label cut short keeps its last word when it fits a line ("攀枝花市机关事务… 2022年"): on a compare chart the
        // year is what tells two bars of one department apart.
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsCut(fitted) && maxLines > 1 && words.Length > 1 && Width(words[^1]) <= perLine)
        {
            var head = FitWords(string.Join(' ', words[..^1]), perLine, maxLines - 1);
            if (!IsCut(head))
            {
                head = [.. head.Take(head.Count - 1), head[^1] + "…"];
            }

            return [.. head, words[^1]];
        }

        return fitted;
    }

    private static IReadOnlyList<string> FitWords(string label, double perLine, int maxLines)
    {
        // Words (split at spaces) stay whole when they fit on a line: "攀枝花市机关事务服务中心 2022年" breaks before the year.
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = current.Length == 0 ? word : current + " " + word;
            if (Width(joined) <= perLine)
            {
                current = joined;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = string.Empty;
            foreach (var piece in Wrap(word, perLine))
            {
                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = piece;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        kept[^1] = last[..Math.Max(0, last.Length - 1)] + "…";
        return kept;
    }

    private static IEnumerable<string> Wrap(string word, double perLine)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        var current = new System.Text.StringBuilder();
        var width = 0.0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            // Closing punctuation stays on the line it closes: a line never starts with "）" or "、".
            if (width + Width(element) > perLine && current.Length > 0 && !Closing.Contains(element[0]))
            {
                yield return current.ToString();
                current.Clear();
                width = 0;
            }

            current.Append(element);
            width += Width(element);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private const string Closing = "）)」』”’、，。；：！？%";

    /// <summary>Display width in CJK characters: a CJK character is 1, a Latin letter, digit or space about ½.</summary>
    public static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.55 : 1.0);

    public static bool IsCut(IReadOnlyList<string> lines) => lines.Any(l => l.EndsWith('…'));
}
