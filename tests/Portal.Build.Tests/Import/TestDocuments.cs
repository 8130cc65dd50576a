using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Build.Tests.Import;

/// <summary>
/// Writes printed tables into a .docx (real Word tables: merged header cells as gridSpan and vMerge) or an .xlsx
/// (one sheet per table, merged header cells, figures as numbers with a 0.00 format) with DocumentFormat.OpenXml.
/// </summary>
public static class TestDocuments
{
    /// <summary>
    /// A Word file of the tables; <paramref name="breakTable"/> prints the first table that has four or more rows as two
    /// Word tables, the second without a header, as a table broken over two pages is.
    /// </summary>
    /// <paramref name="department"/>: each title is followed by Hunan's "部门：… 公开0X表 单位：万元" line instead of the unit alone.
    public static void Word(string path, IReadOnlyList<PrintedTable> tables, IReadOnlyList<string>? before = null, bool breakTable = false, string? department = null)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        main.Document = new W.Document(body);
        foreach (var line in before ?? [])
        {
            body.Append(Paragraph(line));
        }

        var broken = false;
        foreach (var table in tables)
        {
            if (table.Label is not null)
            {
                body.Append(Paragraph(table.Label));
            }

            body.Append(Paragraph(table.Title), Paragraph(department is null ? "单位：万元" : $"部门：{department}\t{table.Label}\t单位：万元"));
            var split = breakTable && !broken && table.Body.Count >= 4 ? table.Body.Count / 2 : table.Body.Count;
            broken |= split < table.Body.Count;
            body.Append(WordTable(table, table.Header, table.Body.Take(split).ToList()));
            if (split < table.Body.Count)
            {
                body.Append(Paragraph(string.Empty));
                body.Append(WordTable(table, [], table.Body.Skip(split).ToList()));
            }

            foreach (var note in table.Notes)
            {
                body.Append(Paragraph(note));
            }
        }

        main.Document.Save();
    }

    private static W.Table WordTable(PrintedTable table, IReadOnlyList<IReadOnlyList<PrintedCell>> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var word = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })));
        word.Append(new W.TableGrid(Enumerable.Range(0, table.Width).Select(_ => new W.GridColumn { Width = "1000" })));
        // Header rows: a cell spanning rows starts a vMerge the rows below continue at its columns.
        var continued = new Dictionary<(int Row, int Column), int>();
        for (var r = 0; r < header.Count; r++)
        {
            var row = new W.TableRow();
            var column = 0;
            foreach (var cell in header[r])
            {
                while (continued.TryGetValue((r, column), out var span))
                {
                    row.Append(Cell(string.Empty, span, new W.VerticalMerge()));
                    column += span;
                }

                for (var dr = 1; dr < cell.Rows; dr++)
                {
                    continued[(r + dr, column)] = cell.Columns;
                }

                row.Append(Cell(cell.Text, cell.Columns, cell.Rows > 1 ? new W.VerticalMerge { Val = W.MergedCellValues.Restart } : null));
                column += cell.Columns;
            }

            while (continued.TryGetValue((r, column), out var rest))
            {
                row.Append(Cell(string.Empty, rest, new W.VerticalMerge()));
                column += rest;
            }

            word.Append(row);
        }

        foreach (var cells in rows)
        {
            word.Append(new W.TableRow(cells.Select(c => Cell(c, 1, null))));
        }

        return word;
    }

    private static W.TableCell Cell(string text, int span, W.VerticalMerge? merge)
    {
        var properties = new W.TableCellProperties();
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        // A wrapped name is two paragraphs in its cell: 机关事业单位基本养老保险缴费 / 支出.
        var lines = text.Length > 12 && !text.Any(char.IsAsciiDigit) ? new[] { text[..12], text[12..] } : [text];
        return new W.TableCell(new OpenXmlElement[] { properties }.Concat(lines.Select(Paragraph)));
    }

    /// <summary>
    /// A Word file of paragraphs, those with a level numbered by Word's automatic numbering (numbering.xml) as 决算
    /// reports number their headings: level 0 "一、" (chineseCounting "%1、"), level 1 "（一）", level 2 "1." (decimal).
    /// The numbers are not in the text; Word prints them.
    /// </summary>
    public static void NumberedWord(string path, IReadOnlyList<(string Text, int? Level)> paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        W.Level Level(int index, W.NumberFormatValues format, string text) =>
            new(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = format }, new W.LevelText { Val = text }) { LevelIndex = index };
        numbering.Numbering = new W.Numbering(
            new W.AbstractNum(
                Level(0, W.NumberFormatValues.ChineseCounting, "%1、"),
                Level(1, W.NumberFormatValues.ChineseCounting, "（%2）"),
                Level(2, W.NumberFormatValues.Decimal, "%3."))
            { AbstractNumberId = 7 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 7 }) { NumberID = 3 });
        var body = new W.Body();
        main.Document = new W.Document(body);
        foreach (var (text, level) in paragraphs)
        {
            var paragraph = Paragraph(text);
            if (level is { } at)
            {
                paragraph.PrependChild(new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = at }, new W.NumberingId { Val = 3 })));
            }

            body.Append(paragraph);
        }

        main.Document.Save();
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>An Excel workbook, one sheet per table: title and 单位 rows, the header with merged cells, the rows, the notes.</summary>
    /// <paramref name="perSheet"/>: how many tables each sheet holds, one under the other with an empty row between.
    public static void Excel(string path, IReadOnlyList<PrintedTable> tables, int perSheet = 1)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.Sheets!;
        uint id = 1;
        foreach (var chunk in tables.Chunk(perSheet))
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var r = 0;
            foreach (var table in chunk)
            {
                r++;
                var width = table.Width;
                data.Append(Row(r, [(1, table.Title, false)]));
                merges.Append(new MergeCell { Reference = $"A{r}:{Column(width)}{r}" });
                r++;
                data.Append(Row(r++, [(width, "单位：万元", false)]));
                var taken = new HashSet<(int, int)>();
                foreach (var header in table.Header)
                {
                    var cells = new List<(int, string, bool)>();
                    var column = 1;
                    foreach (var cell in header)
                    {
                        while (taken.Contains((r, column)))
                        {
                            column++;
                        }

                        cells.Add((column, cell.Text, false));
                        if (cell.Columns > 1 || cell.Rows > 1)
                        {
                            merges.Append(new MergeCell { Reference = $"{Column(column)}{r}:{Column(column + cell.Columns - 1)}{r + cell.Rows - 1}" });
                        }

                        for (var dr = 0; dr < cell.Rows; dr++)
                        {
                            for (var dc = 0; dc < cell.Columns; dc++)
                            {
                                taken.Add((r + dr, column + dc));
                            }
                        }

                        column += cell.Columns;
                    }

                    data.Append(Row(r++, cells));
                }

                foreach (var row in table.Body)
                {
                    data.Append(Row(r++, row.Select((text, i) => (i + 1, text, IsFigure(text))).ToList()));
                }

                foreach (var note in table.Notes)
                {
                    data.Append(Row(r++, [(1, note, false)]));
                }
            }

            part.Worksheet = new Worksheet(data);
            if (merges.HasChildren)
            {
                part.Worksheet.Append(merges);
            }

            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = $"表{id}" });
            id++;
        }

        workbook.Workbook.Save();
    }

    /// <summary>A figure is a number cell (thousands separators are the format's, not the value's); codes stay text.</summary>
    private static bool IsFigure(string text) => text.Contains('.') && decimal.TryParse(text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static Row Row(int number, IReadOnlyList<(int Column, string Text, bool Figure)> cells)
    {
        var row = new Row { RowIndex = (uint)number };
        foreach (var (column, text, figure) in cells.Where(c => c.Text.Length > 0).OrderBy(c => c.Column))
        {
            var reference = $"{Column(column)}{number}";
            if (figure)
            {
                var plain = text.Replace(",", string.Empty);
                var decimals = plain.Length - plain.IndexOf('.') - 1;
                var value = decimal.Parse(plain, CultureInfo.InvariantCulture);
                // Stored as the number (17.7), shown by its format (0.00 → 17.70), as the 决算 software exports it.
                row.Append(new Cell { CellReference = reference, CellValue = new CellValue(value.ToString("0.############", CultureInfo.InvariantCulture)), StyleIndex = (uint)Math.Min(decimals, 4) });
            }
            else
            {
                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
            }
        }

        return row;
    }

    /// <summary>Styles 1–4: numbers shown with 1–4 decimals (2 is #,##0.00, the thousands-separated format).</summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.000" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0000" }),
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true }));

    private static string Column(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters;
    }
}
