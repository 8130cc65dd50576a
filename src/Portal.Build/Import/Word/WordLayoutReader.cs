using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Build.Import.Word;

/// <summary>
/// Reads a .docx with DocumentFormat.OpenXml: its paragraphs and tables in document order. A Word table is a real
/// table: a cell spanning columns (gridSpan) keeps its text in its first column, a cell merged down (vMerge) is
/// empty below its first row, as the print shows it. Each non-empty paragraph is a line that starts a paragraph; a
/// paragraph numbered by Word's automatic numbering gets its number back as printed (一、（一）1.), from numbering.xml.
/// </summary>
public static class WordLayoutReader
{
    public static SourceLayout Read(string path)
    {
        using (var document = OpenXmlFiles.Open(path, WordprocessingDocument.Open))
        {
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportException($"{Path.GetFileName(path)} 无法读取：文件里没有正文");
            var blocks = new List<LayoutBlock>();
            var numbering = new WordNumbering(document.MainDocumentPart!);
            var paragraph = 0;
            var table = 0;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p:
                        paragraph++;
                        var text = TextOf(p);
                        // Counted even where the paragraph is empty: Word prints (and counts) its number all the same.
                        if (numbering.Next(p) is { } number && text.Length > 0)
                        {
                            text = number + text;
                        }

                        if (text.Length > 0)
                        {
                            blocks.Add(new TextLine(text, StartsParagraph: true, 0, $"第{paragraph}段"));
                        }

                        break;
                    case Table t:
                        table++;
                        blocks.Add(Grid(t, table));
                        break;
                }
            }

            if (blocks.Count == 0)
            {
                throw new ImportException($"{Path.GetFileName(path)} 没有文字：文件是空的");
            }

            return new SourceLayout("docx", blocks);
        }
    }

    private static LayoutGrid Grid(Table table, int number)
    {
        var rows = new List<IReadOnlyList<LayoutCell>>();
        var r = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            r++;
            var cells = new List<LayoutCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var lines = continued
                    ? []
                    : cell.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0).ToArray();
                cells.Add(lines.Length == 0 ? LayoutCell.Empty : new LayoutCell(lines, $"表格{number} 第{r}行第{cells.Count + 1}栏"));
                for (var i = 1; i < span; i++)
                {
                    cells.Add(LayoutCell.Empty);
                }
            }

            rows.Add(cells);
        }

        return new LayoutGrid(rows, 0, $"表格{number}");
    }

    private static string TextOf(OpenXmlElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => " ",
            Break => "\n",
            _ => string.Empty,
        })).Trim();
}
