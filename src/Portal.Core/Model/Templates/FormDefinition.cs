namespace Portal.Core.Model.Templates;

/// <summary>
/// One table of a template as the template prints it: the key it is written under in a report's <c>tables:</c>,
/// its role, shape, title, number label, printed header and columns. Everything Portal shows or checks about a
/// table comes from here, so a province's form is described once, in its template file.
/// </summary>
public sealed record FormDefinition
{
    /// <summary>The key under <c>tables:</c> in a report and the name of its open-data files (<c>general-budget</c>, <c>sangong</c>).</summary>
    public required string Id { get; init; }

    public required TableRole Role { get; init; }

    public required FormShape Shape { get; init; }

    /// <summary>The title as the template prints it (一般公共预算财政拨款支出决算表).</summary>
    public required string Title { get; init; }

    /// <summary>The number label printed with the title (表五), or null where the template prints none.</summary>
    public string? Label { get; init; }

    /// <summary>The page anchor of the table (a template may keep its own; otherwise the role anchor); the role anchor (<c>#general-budget-table</c>) is always there too.</summary>
    public required string Anchor { get; init; }

    /// <summary>The amount columns in printed order (for a two-sided form: the 支出 side's).</summary>
    public IReadOnlyList<FormColumn> Columns { get; init; } = [];

    /// <summary>The 收入 side's amount columns of a two-sided form.</summary>
    public IReadOnlyList<FormColumn> IncomeColumns { get; init; } = [];

    /// <summary>The header rows as printed, top to bottom; the last row's cells (with the row-spanning ones above) name the columns.</summary>
    public IReadOnlyList<IReadOnlyList<HeaderCell>> Header { get; init; } = [];

    /// <summary>Whether the print has a 行次 column (two-sided forms) — Portal never adds one the print lacks.</summary>
    public bool PrintsLineNumbers { get; init; }

    /// <summary>Whether the print has a 栏次 row under the header.</summary>
    public bool PrintsColumnNumbers { get; init; }

    /// <summary>Whether a report of this template must publish this table (决算 reports).</summary>
    public bool Required { get; init; }

    /// <summary>What the template definition says it does not know (e.g. no document here shows the form's columns).</summary>
    public string? DefinitionNote { get; init; }

    /// <summary>The title with its number label, as a reader refers to the table (表五 一般公共预算… or just the title).</summary>
    public string DisplayName => Label is null ? Title : $"{Label} {Title}";

    /// <summary>How a finding or a message names the table: the label where printed, else the title.</summary>
    public string ShortName => Label ?? Title;

    /// <summary>The index of the column with <paramref name="key"/>, or -1 where the form has none.</summary>
    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    public bool HasColumn(string key) => ColumnIndex(key) >= 0;

    /// <summary>The printed name of the column with <paramref name="key"/>.</summary>
    public string ColumnName(string key) => ColumnIndex(key) is var i and >= 0 ? Columns[i].Name : key;
}
