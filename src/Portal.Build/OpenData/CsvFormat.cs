using System.Globalization;
using System.Text;

namespace Portal.Build.OpenData;

/// <summary>
/// RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote or line break) in UTF-8 with a BOM,
/// so Excel opens the Chinese text correctly. Amounts keep their printed decimals (<c>100.50</c>).
/// </summary>
public static class CsvFormat
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(DataTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            AppendRow(text, row.Select(Cell));
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void AppendRow(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
