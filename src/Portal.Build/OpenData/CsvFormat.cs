using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Build.OpenData;

/// <summary>
/// RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote or line break) in UTF-8 with a BOM,
/// so Excel opens the Chinese text correctly. Amounts keep their printed decimals (<c>100.50</c>).
/// Text that a spreadsheet would run as a formula is neutralised (see <see cref="Field"/>).
/// </summary>
public static partial class CsvFormat
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>What makes RFC 4180 quote a field. Searched once per field of every CSV: an array made at each call was about 6% of what a 300-report build allocated (allocation-tick sampling).</summary>
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static byte[] Write(DataTable table) => Write(table.Columns.Select(c => c.Name), table.Rows);

    /// <summary>A table of a report: its <see cref="TableOrigin"/> columns (部门, 年度, 单位, 来源) first, then its own.</summary>
    public static byte[] Write(DataTable table, TableOrigin origin) =>
        Write(TableOrigin.Columns.Concat(table.Columns).Select(c => c.Name), table.Rows.Select(r => origin.Values.Concat(r)));

    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows) => [.. Start(header), .. Rows(rows)];

    /// <summary>The start of a CSV: the byte order mark and the header row. <c>Start + Rows + Rows …</c> is one CSV, written piece by piece.</summary>
    public static byte[] Start(IEnumerable<string> header)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>Rows of a CSV, without the header: what follows <see cref="Start"/>.</summary>
    public static byte[] Rows(IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            AppendRow(text, row.Select(Cell));
        }

        return Utf8WithBom.GetBytes(text.ToString());
    }

    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// One field as written: neutralised, then quoted when RFC 4180 needs it. Text starting with = + - @, a tab or
    /// a carriage return is what Excel, LibreOffice and Google Sheets run as a formula (=HYPERLINK(…), -2+cmd|…), so
    /// it gets a leading apostrophe, as OWASP's "CSV injection" advice says: the cell then shows as text. A plain
    /// number (-12.50, +3) is left as it is, so negative amounts stay numbers.
    /// </summary>
    public static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(value)
            ? "'" + value
            : value;
        return safe.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field));
        text.Append("\r\n");
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
