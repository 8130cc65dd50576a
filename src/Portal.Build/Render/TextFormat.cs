using System.Text.Encodings.Web;
using System.Text.Unicode;
using Portal.Core.Model.Tables;

namespace Portal.Build.Render;

/// <summary>
/// Plain text that may span lines (a 自评表 cell, a note): escaped, with each line break shown as
/// <c>&lt;br&gt;</c> so the reader sees the lines the source printed.
/// </summary>
public static class TextFormat
{
    /// <summary>The encoder of every page: CJK stays literal, <c>&lt; &gt; &amp; " '</c> are escaped.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string MultiLine(string? text) =>
        text is null
            ? string.Empty
            : string.Join("<br>", text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n').Select(Encoder.Encode));

    /// <summary>A free-form table cell as HTML: its printed text, or its number exactly as printed.</summary>
    public static string Cell(TableCell cell) => MultiLine(cell.Text ?? AmountFormat.Plain(cell.Number));
}
