using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>A value read from the document: its text as printed (null for a blank cell) and where it was printed.</summary>
public sealed record ImportedValue(string? Text, string Where)
{
    public static readonly ImportedValue Blank = new(null, string.Empty);
}

/// <summary>One of the template's tables as read: its rows in the form's shape, each cell with where it came from.</summary>
public sealed class ImportedTable(FormDefinition form)
{
    public FormDefinition Form { get; } = form;

    public string? DepartmentRaw { get; set; }

    public string? Unit { get; set; }

    public int SourceLine { get; set; }

    public List<string> Notes { get; } = [];

    public string? NoData { get; set; }

    /// <summary>A free-form table's header, where the template gives none: the print's first row.</summary>
    public List<ImportedValue> Header { get; } = [];

    /// <summary>Coded and free-form rows: [code, name, amounts…] or the form's cells.</summary>
    public List<IReadOnlyList<ImportedValue>> Rows { get; } = [];

    /// <summary>A two-sided form's 收入 lines, then its 支出 lines: [(行次,) 项目, amounts…].</summary>
    public List<IReadOnlyList<ImportedValue>> Income { get; } = [];

    public List<IReadOnlyList<ImportedValue>> Expenditure { get; } = [];

    /// <summary>An economic form's side-by-side groups of [code, name, amount].</summary>
    public List<List<IReadOnlyList<ImportedValue>>> Groups { get; } = [];

    public ImportedValue? PersonnelTotal { get; set; }

    public ImportedValue? PublicTotal { get; set; }

    /// <summary>A fixed form's cells by column key (<c>budget.total</c>).</summary>
    public Dictionary<string, ImportedValue> Cells { get; } = [];

    /// <summary>Where the table was printed (its pages).</summary>
    public List<string> Places { get; } = [];

    /// <summary>Every amount cell of the table in YAML order, for the import report.</summary>
    public IEnumerable<(string Path, ImportedValue Value)> AmountCells()
    {
        var lead = Form.PrintsLineNumbers ? 2 : 1;
        for (var r = 0; r < Income.Count; r++)
        {
            for (var c = 0; c < Form.IncomeColumns.Count; c++)
            {
                yield return (TablePaths.Line(Form, "income", r, c), Income[r][lead + c]);
            }
        }

        for (var r = 0; r < Expenditure.Count; r++)
        {
            for (var c = 0; c < Form.Columns.Count; c++)
            {
                yield return (TablePaths.Line(Form, "expenditure", r, c), Expenditure[r][lead + c]);
            }
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            if (Form.Shape == FormShape.Coded)
            {
                for (var c = 0; c < Form.Columns.Count; c++)
                {
                    yield return (TablePaths.Coded(Form, r, c), Rows[r][2 + c]);
                }
            }
            else
            {
                for (var c = 0; c < Rows[r].Count; c++)
                {
                    yield return (TablePaths.FreeForm(Form, r, c), Rows[r][c]);
                }
            }
        }

        for (var g = 0; g < Groups.Count; g++)
        {
            for (var r = 0; r < Groups[g].Count; r++)
            {
                yield return (TablePaths.Economic(Form, g, r), Groups[g][r][2]);
            }
        }

        if (PersonnelTotal is { } personnel)
        {
            yield return (TablePaths.Field(Form, "personnel_total"), personnel);
        }

        if (PublicTotal is { } @public)
        {
            yield return (TablePaths.Field(Form, "public_total"), @public);
        }

        foreach (var (key, value) in Cells)
        {
            var dot = key.IndexOf('.');
            yield return (TablePaths.Fixed(Form, key[..dot], key[(dot + 1)..]), value);
        }
    }
}

/// <summary>A table printed inside the narrative (e.g. the list of units under 部门决算单位构成).</summary>
public sealed record ImportedSectionTable(int SourceLine, IReadOnlyList<ImportedValue> Header, IReadOnlyList<IReadOnlyList<ImportedValue>> Rows);

/// <summary>A numbered section (一、 （一） 1、) with its paragraphs and subsections.</summary>
public sealed class ImportedSection(string headingRaw, string heading, int level, int sourceLine, string where)
{
    public string HeadingRaw { get; } = headingRaw;

    public string Heading { get; } = heading;

    public int Level { get; } = level;

    public int SourceLine { get; } = sourceLine;

    public string Where { get; } = where;

    public string? Kind { get; set; }

    public List<string> Paragraphs { get; } = [];

    public List<ImportedSectionTable> Tables { get; } = [];

    public List<ImportedSection> Sections { get; } = [];
}

/// <summary>A part of the report (第一部分 概况, 第三部分 情况说明): its heading and sections.</summary>
public sealed class ImportedPart(string headingRaw, int sourceLine)
{
    public string HeadingRaw { get; } = headingRaw;

    public int SourceLine { get; } = sourceLine;

    public List<ImportedSection> Sections { get; } = [];

    /// <summary>Paragraphs printed under the part heading before its first section.</summary>
    public List<string> Paragraphs { get; } = [];
}

public sealed record ImportedTerm(string Term, string Definition, string Where);

/// <summary>What the import made of the document, before it is written as YAML.</summary>
public sealed class ImportedReport(TableTemplate template, string format)
{
    public TableTemplate Template { get; } = template;

    public string Format { get; } = format;

    public string? DepartmentName { get; set; }

    public List<ImportedTable> Tables { get; } = [];

    public ImportedPart? Overview { get; set; }

    public ImportedPart? Explanation { get; set; }

    public ImportedPart? GlossaryPart { get; set; }

    public List<ImportedTerm> Terms { get; } = [];

    /// <summary>The document's text in reading order, one printed line per line: what <c>source_line</c> counts in.</summary>
    public List<string> SourceLines { get; } = [];

    /// <summary>Text and tables the import could not place, each with where it was printed (also written as transcription notes).</summary>
    public List<string> Unplaced { get; } = [];

    /// <summary>Cells the import left empty although something was printed there, and why.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>How the columns of each table printed without ruled lines were found: from which headings, with which edges.</summary>
    public List<string> Columns { get; } = [];

    /// <summary>The cover's lines (before 第一部分), used for nothing but the report's record.</summary>
    public List<string> Cover { get; } = [];
}
