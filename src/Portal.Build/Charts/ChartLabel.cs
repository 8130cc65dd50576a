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
        var lines = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(label);
        var current = new System.Text.StringBuilder();
        var width = 0.0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var w = element.Length == 1 && element[0] < 0x2E80 ? 0.55 : 1.0;
            if (width + w > perLine && current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                width = 0;
            }

            current.Append(element);
            width += w;
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
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

    public static bool IsCut(IReadOnlyList<string> lines) => lines.Count > 0 && lines[^1].EndsWith('…');
}
