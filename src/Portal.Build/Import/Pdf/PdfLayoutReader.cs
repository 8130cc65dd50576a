using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Portal.Build.Import.Pdf;

/// <summary>
/// Reads a PDF's letters and ruled lines with PdfPig and rebuilds its layout: each table from its ruled lines (rows
/// between the lines that cross the whole table, columns between the lines that reach its foot), every other letter
/// into printed lines, top to bottom, page by page. The text dump (<c>pdftotext</c>) is not used: in several
/// Shanghai PDFs it prints values above their labels and paragraphs out of order.
/// </summary>
public static class PdfLayoutReader
{
    private const double Tolerance = 2.0;

    public static SourceLayout Read(string path)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(path);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException($"{Path.GetFileName(path)} 已加密：请先取得未加密的文件（encrypted PDF）");
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IOException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            throw new ImportException($"{Path.GetFileName(path)} 无法读取，文件可能已损坏：{ex.Message}");
        }

        using (document)
        {
            var blocks = new List<LayoutBlock>();
            var letters = 0;
            var paragraph = new ParagraphState();
            try
            {
                foreach (var page in document.GetPages())
                {
                    letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                    ReadPage(page, blocks, paragraph);
                }
            }
            catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException)
            {
                throw new ImportException($"{Path.GetFileName(path)} 无法读取，文件可能已损坏：{ex.Message}");
            }

            if (letters == 0)
            {
                throw new ImportException($"{Path.GetFileName(path)} 没有文字层（扫描件）：请取得文字版 PDF，或其 Word/Excel 原件");
            }

            return new SourceLayout("pdf", blocks);
        }
    }

    /// <summary>Carries across pages whether the last line ended a paragraph, so a paragraph broken by a page stays one.</summary>
    private sealed class ParagraphState
    {
        public bool LastEndedShort { get; set; } = true;
    }

    private static void ReadPage(Page page, List<LayoutBlock> blocks, ParagraphState paragraph)
    {
        var grids = Grids(page);
        var inGrid = new List<Glyph>[grids.Count];
        for (var i = 0; i < grids.Count; i++)
        {
            inGrid[i] = [];
        }

        var free = new List<Glyph>();
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var glyph = GlyphOf(letter);
            var at = grids.FindIndex(g => g.Contains(glyph.CentreX, glyph.CentreY));
            (at >= 0 ? inGrid[at] : free).Add(glyph);
        }

        // Lines and tables are laid out top to bottom; a table goes where its top edge is.
        var items = new List<(double Top, LayoutBlock Block)>();
        var lines = PrintedText.Lines(free);
        if (lines.Count > 0)
        {
            var left = lines.Min(l => l.Left);
            var right = lines.Max(l => l.Right);
            foreach (var line in lines)
            {
                var indented = line.Left - left > line.Size * 0.9;
                var starts = indented || paragraph.LastEndedShort;
                paragraph.LastEndedShort = right - line.Right > line.Size * 1.5;
                items.Add((line.Top, new TextLine(line.Text, starts, page.Number, Where(page, line.Left, line.Baseline), line.Glyphs)));
            }
        }

        for (var i = 0; i < grids.Count; i++)
        {
            items.Add((grids[i].Top, grids[i].Build(inGrid[i], page)));
        }

        foreach (var (_, block) in items.OrderByDescending(i => i.Top))
        {
            if (block is LayoutGrid)
            {
                paragraph.LastEndedShort = true;
            }

            blocks.Add(block);
        }
    }

    internal static string Where(Page page, double x, double y) => PrintedText.Where(page.Number, x, y);

    private static Glyph GlyphOf(Letter letter) =>
        new(letter.Value, letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y, letter.PointSize);

    private static List<Grid> Grids(Page page)
    {
        var horizontal = new List<Segment>();
        var vertical = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            if (path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            if (box.Width <= Tolerance && box.Height > Tolerance)
            {
                vertical.Add(new Segment((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
            else if (box.Height <= Tolerance && box.Width > Tolerance)
            {
                horizontal.Add(new Segment((box.Bottom + box.Top) / 2, box.Left, box.Right));
            }
            else if (path.IsStroked && box.Width > Tolerance && box.Height > Tolerance && path.Count == 1)
            {
                // A cell drawn as a rectangle: its four edges are ruled lines.
                horizontal.Add(new Segment(box.Bottom, box.Left, box.Right));
                horizontal.Add(new Segment(box.Top, box.Left, box.Right));
                vertical.Add(new Segment(box.Left, box.Bottom, box.Top));
                vertical.Add(new Segment(box.Right, box.Bottom, box.Top));
            }
        }

        return Grid.Cluster(horizontal, vertical);
    }

    /// <summary>A ruled line: its position across (y of a horizontal line, x of a vertical one) and its extent along.</summary>
    internal sealed record Segment(double At, double From, double To);
}
