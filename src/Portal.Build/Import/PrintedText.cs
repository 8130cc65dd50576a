using System.Globalization;
using System.Text;

namespace Portal.Build.Import;

/// <summary>
/// Letters read as printed lines: grouped by baseline, each line left to right, a space only where the author typed
/// one. The one reading shared by running text, ruled cells and the cells of a table without ruled lines, so a figure
/// or a name reads alike whichever way its cell was found.
/// </summary>
internal static class PrintedText
{
    internal sealed record PrintedLine(string Text, double Left, double Right, double Baseline, double Top, double Size, IReadOnlyList<Glyph> Glyphs);

    public static string Where(int page, double x, double y) =>
        string.Create(CultureInfo.InvariantCulture, $"第{page}页 ({x:F0}, {y:F0})");

    /// <summary>Letters grouped into lines by baseline, each line read left to right.</summary>
    public static List<PrintedLine> Lines(IEnumerable<Glyph> glyphs)
    {
        var rows = new List<List<Glyph>>();
        foreach (var glyph in glyphs.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(row[0].Baseline - glyph.Baseline) <= Math.Max(1.5, glyph.Size * 0.25))
            {
                row.Add(glyph);
            }
            else
            {
                rows.Add([glyph]);
            }
        }

        return rows.Select(Line).ToList();
    }

    /// <summary>A gap of a whole character is a space the author typed; a small one is one only between a figure and Chinese.</summary>
    public static bool IsSpace(double gap, double size, char before, char after) =>
        gap > size * 0.8 || (gap > size * 0.1 && TextJoin.NeedsSpace(before, after));

    private static PrintedLine Line(List<Glyph> row)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var text = new StringBuilder();
        Glyph? previous = null;
        foreach (var glyph in row)
        {
            if (previous is not null && IsSpace(glyph.Left - previous.Right, Math.Max(glyph.Size, 1), text[^1], glyph.Value[0]))
            {
                text.Append(' ');
            }

            text.Append(glyph.Value);
            previous = glyph;
        }

        var size = row.Max(l => l.Size);
        return new PrintedLine(text.ToString(), row[0].Left, row[^1].Right, row[0].Baseline, row.Max(l => l.Baseline) + size * 0.8, size, row.ToArray());
    }
}
