using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Build.Render;

/// <summary>
/// The HTML encoder writes some harmless characters as numeric references (the ideographic space
/// U+3000 as <c>&amp;#x3000;</c>, a newline as <c>&amp;#xA;</c>, '+' as <c>&amp;#x2B;</c>). Chinese text must reach
/// the reader as UTF-8 characters, so those references are turned back into characters. The five
/// characters that carry HTML meaning (<c>&lt; &gt; &amp; " '</c>) and control characters stay escaped.
/// A reference typed by an author is never touched: the encoder has already turned its '&amp;' into <c>&amp;amp;</c>.
/// </summary>
public static partial class CharacterReferences
{
    public static string Unescape(string html) => Reference().Replace(html, match =>
    {
        var code = int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return Keeps(code) ? match.Value : char.ConvertFromUtf32(code);
    });

    /// <summary>Whether the reference to <paramref name="code"/> stays a reference: it carries HTML meaning or is no printable character.</summary>
    internal static bool Keeps(int code) =>
        code is '<' or '>' or '&' or '"' or '\'' || (code < 0x20 && code is not '\n' and not '\t') || code is >= 0x7F and < 0xA0
        || code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF;

    [GeneratedRegex("&#x([0-9A-Fa-f]{1,6});")]
    private static partial Regex Reference();
}
