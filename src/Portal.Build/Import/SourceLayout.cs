namespace Portal.Build.Import;

/// <summary>
/// A published document as the importer reads it, whatever its format: its printed lines and tables in reading
/// order. A PDF, a Word file and an Excel workbook each become one of these, and one assembler
/// (<see cref="ReportAssembler"/>) turns it into a report, so the three formats are matched to a template's forms alike.
/// </summary>
public sealed record SourceLayout(string Format, IReadOnlyList<LayoutBlock> Blocks);

/// <summary>A line of text or a table, with where it was printed (a page, a paragraph, a sheet).</summary>
public abstract record LayoutBlock(int Page, string Where);

/// <summary>
/// One printed line. <paramref name="StartsParagraph"/>: the line begins a new paragraph (indented, or after a line that
/// ended short); a Word paragraph is one line that starts one. <paramref name="Glyphs"/>: its letters with their
/// positions, where the format has them (a PDF), so a table printed without ruled lines can be rebuilt from where its
/// words stand (<see cref="UnruledTable"/>); null for Word and Excel.
/// </summary>
public sealed record TextLine(string Text, bool StartsParagraph, int Page, string Where, IReadOnlyList<Glyph>? Glyphs = null) : LayoutBlock(Page, Where);

/// <summary>A printed letter: its text, where its baseline starts and ends, and its size (points, PDF user space: y up).</summary>
public sealed record Glyph(string Value, double Left, double Right, double Baseline, double Size)
{
    /// <summary>Where the letter's middle is: what decides the cell it falls in.</summary>
    public double CentreX => (Left + Right) / 2;

    public double CentreY => Baseline + Size * 0.3;
}

/// <summary>
/// A table as rows of leaf cells: a cell spanning columns has its text in its first column, the rest empty.
/// <paramref name="ContinuesOnNextPage"/> is not known here; the assembler joins a table to the one before it.
/// </summary>
public sealed record LayoutGrid(IReadOnlyList<IReadOnlyList<LayoutCell>> Rows, int Page, string Where) : LayoutBlock(Page, Where)
{
    public int ColumnCount => Printed ?? (Rows.Count == 0 ? 0 : Rows.Max(r => r.Count));

    /// <summary>How many columns the print has where that is known apart from its rows (a table read from its headings may have none).</summary>
    public int? Printed { get; init; }

    /// <summary>
    /// The header was read apart and every row here is a body row (a table without ruled lines, its columns found
    /// from its headings); otherwise the header rows are the grid's first rows.
    /// </summary>
    public bool HeaderRead { get; init; }
}

/// <summary>
/// A table cell: its printed lines top to bottom (a name wrapped in its cell is two lines) and where it was printed.
/// </summary>
public sealed record LayoutCell(IReadOnlyList<string> Lines, string Where)
{
    public static readonly LayoutCell Empty = new([], string.Empty);

    /// <summary>The cell's text: its lines joined as one (a wrapped Chinese name joins without a space).</summary>
    public string Text => TextJoin.Lines(Lines);

    public bool IsEmpty => Lines.Count == 0 || Lines.All(string.IsNullOrWhiteSpace);
}

/// <summary>A document that cannot be imported: one line saying why, nothing written.</summary>
public sealed class ImportException(string message) : Exception(message);
