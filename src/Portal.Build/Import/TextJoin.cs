using System.Text;

namespace Portal.Build.Import;

/// <summary>
/// How printed pieces of text join: two Chinese characters never have a space between them (a wrapped line, or a
/// justified line's letter spacing), while a figure or a Latin word keeps one from the Chinese beside it
/// (<c>2024 年度</c>, as the transcriptions write it).
/// </summary>
public static class TextJoin
{
    public static string Lines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && NeedsSpace(text[^1], line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    /// <summary>Whether a space belongs between two letters printed with a gap between them.</summary>
    public static bool NeedsSpace(char before, char after) =>
        !(IsWide(before) && IsWide(after)) && !IsWidePunctuation(before) && !IsWidePunctuation(after);

    /// <summary>CJK letters and full-width punctuation.</summary>
    public static bool IsWide(char c) => c >= 0x2E80 || c is '“' or '”' or '‘' or '’' or '—' or '…';

    private static bool IsWidePunctuation(char c) =>
        c is '“' or '”' or '‘' or '’' or '—' or '…' || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || c >= 0xFF5B && c <= 0xFF65;
}
