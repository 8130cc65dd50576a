using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Portal.Build.Render;

/// <summary>
/// Plain text that may span lines (a 自评表 cell, a note): escaped, with its line breaks kept as
/// <c>&lt;br&gt;</c>. The HTML encoder would otherwise write each newline as <c>&amp;#xA;</c>.
/// </summary>
public static class TextFormat
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string MultiLine(string? text) =>
        text is null
            ? string.Empty
            : string.Join("<br>", text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n').Select(Encoder.Encode));
}
