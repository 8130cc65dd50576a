using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Build.Import.Excel;

/// <summary>
/// Reads an .xlsx as the 决算 software exports it, one sheet per table, or several one under another: the rows above
/// a table (title, 部门, 单位) and below it (注：, 说明：) are lines; a table runs from a row with two or more filled
/// cells to the last row before its notes (or before a lone cell after an empty row, the next table's title). A
/// figure is read as the sheet shows it: 17.7 formatted 0.00 is 17.70.
/// </summary>
public static partial class ExcelLayoutReader
{
    public static SourceLayout Read(string path)
    {
        using (var document = OpenXmlFiles.Open(path, SpreadsheetDocument.Open))
        {
            var workbook = document.WorkbookPart ?? throw new ImportException($"{Path.GetFileName(path)} 无法读取：文件里没有工作表");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var formats = Formats(workbook);
            var blocks = new List<LayoutBlock>();
            var page = 0;
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                page++;
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                ReadSheet(sheet.Name?.Value ?? $"Sheet{page}", part, strings, formats, page, blocks);
            }

            if (blocks.Count == 0)
            {
                throw new ImportException($"{Path.GetFileName(path)} 没有内容：各工作表都是空的");
            }

            return new SourceLayout("xlsx", blocks);
        }
    }

    private static void ReadSheet(string name, WorksheetPart part, string[] strings, uint[] decimals, int page, List<LayoutBlock> blocks)
    {
        var cells = new SortedDictionary<int, SortedDictionary<int, (string Text, string Ref)>>();
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is not { } reference || Value(cell, strings, decimals) is not { Length: > 0 } text)
            {
                continue;
            }

            var (row, column) = Position(reference);
            if (!cells.TryGetValue(row, out var line))
            {
                cells[row] = line = [];
            }

            line[column] = (text, reference);
        }

        if (cells.Count == 0)
        {
            return;
        }

        // The table's width: its widest filled row, or a merged header cell reaching further.
        var merged = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference?.Value).OfType<string>().Select(r => r.Split(':')).Where(p => p.Length == 2)
            .Select(p => (From: Position(p[0]), To: Position(p[1]))).ToList();
        var rows = cells.Keys.ToList();
        var from = 0;
        while (from < rows.Count)
        {
            from = ReadTable(name, cells, rows, from, merged, page, blocks);
        }
    }

    /// <summary>
    /// From row <paramref name="from"/>: the lines above a table, the table, its notes; returns where the next table's
    /// lines begin. A sheet may hold more than one table: one ends at its 注：/说明： line, or above a single cell
    /// printed after an empty row (the next table's title); its notes run to the next row of two or more cells.
    /// </summary>
    private static int ReadTable(string name, SortedDictionary<int, SortedDictionary<int, (string Text, string Ref)>> cells, List<int> rows, int from,
        List<((int Row, int Column) From, (int Row, int Column) To)> merged, int page, List<LayoutBlock> blocks)
    {
        bool IsTableRow(int r) => cells[r].Count >= 2 && !cells[r].Values.Any(v => CaptionCell().IsMatch(v.Text));
        var first = rows.FindIndex(from, IsTableRow);
        if (first < 0)
        {
            for (var i = from; i < rows.Count; i++)
            {
                blocks.AddRange(Lines(name, cells[rows[i]], page));
            }

            return rows.Count;
        }

        var end = -1;
        for (var i = first + 1; i < rows.Count && end < 0; i++)
        {
            var single = cells[rows[i]].Count == 1;
            if (single && (NoteLine().IsMatch(cells[rows[i]].Values.First().Text) || rows[i - 1] < rows[i] - 1))
            {
                end = i;
            }
        }

        var last = end < 0 ? rows.Count - 1 : end - 1;
        for (var i = from; i < first; i++)
        {
            blocks.AddRange(Lines(name, cells[rows[i]], page));
        }

        var top = rows[first];
        var bottom = rows[Math.Max(first, last)];
        var spanning = merged.Where(m => m.From.Row >= top && m.From.Row <= bottom).ToList();
        var width = Math.Max(Enumerable.Range(top, bottom - top + 1).Where(cells.ContainsKey).Max(r => cells[r].Keys.Max()), spanning.Select(m => m.To.Column).DefaultIfEmpty(0).Max());
        var grid = new List<IReadOnlyList<LayoutCell>>();
        for (var r = top; r <= bottom; r++)
        {
            var row = new LayoutCell[width];
            for (var c = 1; c <= width; c++)
            {
                row[c - 1] = cells.TryGetValue(r, out var line) && line.TryGetValue(c, out var value)
                    ? new LayoutCell([value.Text], $"{name}!{value.Ref}")
                    : LayoutCell.Empty;
            }

            grid.Add(row);
        }

        blocks.Add(new LayoutGrid(grid, page, $"{name}!{Reference(top, 1)}"));

        // Its notes: the lines after it, whatever they start with, up to the next table's first row of cells (the
        // next table's title and 单位 lines are lines too, read the same way).
        var next = Math.Max(first, last) + 1;
        var following = end < 0 ? -1 : rows.FindIndex(next, IsTableRow);
        var stop = following < 0 ? rows.Count : following;
        for (var i = next; i < stop; i++)
        {
            blocks.AddRange(Lines(name, cells[rows[i]], page));
        }

        return stop;
    }

    private static IEnumerable<TextLine> Lines(string sheet, SortedDictionary<int, (string Text, string Ref)> cells, int page) =>
        cells.Values.Select(v => new TextLine(v.Text, true, page, $"{sheet}!{v.Ref}"));

    /// <summary>The cell's text as the sheet shows it: a shared or inline string, or a number with the decimals of its format.</summary>
    private static string? Value(Cell cell, string[] strings, uint[] decimals)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i].Trim() : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText.Trim();
        }

        if (cell.DataType?.Value == CellValues.String || cell.DataType?.Value == CellValues.Boolean)
        {
            return raw?.Trim();
        }

        if (raw is null || !decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw?.Trim();
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0);
        return style < decimals.Length && decimals[style] != uint.MaxValue
            ? number.ToString("F" + decimals[style], CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>For each cell style, the decimals its number format shows (uint.MaxValue: General, the value as stored).</summary>
    private static uint[] Formats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            var code = custom.TryGetValue(id, out var c) ? c : id switch { 1 or 3 => "0", 2 or 4 => "0.00", _ => null };
            if (code is null)
            {
                return uint.MaxValue;
            }

            var section = code.Split(';')[0];
            var dot = section.IndexOf('.');
            return dot < 0 ? 0u : (uint)section[(dot + 1)..].TakeWhile(ch => ch is '0' or '#').Count();
        }).ToArray() ?? [];
    }

    private static (int Row, int Column) Position(string reference)
    {
        var match = CellReference().Match(reference);
        var column = match.Groups["col"].Value.Aggregate(0, (n, ch) => n * 26 + (ch - 'A' + 1));
        return (int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture), column);
    }

    private static string Reference(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^(?<col>[A-Z]+)(?<row>[0-9]+)$")]
    private static partial Regex CellReference();

    /// <summary>A 部门：/单位： cell of the caption rows above a table.</summary>
    [GeneratedRegex("^(编制单位|部门|单位)[：:]")]
    private static partial Regex CaptionCell();

    [GeneratedRegex("^(注|说明)[：:]")]
    private static partial Regex NoteLine();
}
