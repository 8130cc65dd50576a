namespace Portal.Core.Model.Templates;

/// <summary>
/// The YAML field path of every cell of a template table: the checker names a finding's cell by it, the pages give
/// the cell its id from it (<c>CellAnchors</c>) and the source map locates it, so all three agree by construction.
/// </summary>
public static class TablePaths
{
    /// <summary>Amount <paramref name="column"/> of row <paramref name="row"/> of a coded table: <c>tables.income.rows[3][2]</c>.</summary>
    public static string Coded(FormDefinition form, int row, int column) => $"tables.{form.Id}.rows[{row}][{2 + column}]";

    /// <summary>The 科目名称 cell of a coded table's row.</summary>
    public static string CodedName(FormDefinition form, int row) => $"tables.{form.Id}.rows[{row}][1]";

    /// <summary>Amount <paramref name="column"/> of a two-sided table's line; the 行次 cell comes first only where the form prints it.</summary>
    public static string Line(FormDefinition form, string side, int row, int column) =>
        $"tables.{form.Id}.{side}[{row}][{(form.PrintsLineNumbers ? 2 : 1) + column}]";

    /// <summary>The amount of an economic table's row <paramref name="row"/> in printed group <paramref name="group"/>.</summary>
    public static string Economic(FormDefinition form, int group, int row) => $"tables.{form.Id}.groups[{group}][{row}][2]";

    /// <summary>The 科目名称 cell of an economic table's row.</summary>
    public static string EconomicName(FormDefinition form, int group, int row) => $"tables.{form.Id}.groups[{group}][{row}][1]";

    /// <summary>A 三公 cell: <c>tables.sangong.actual.reception</c>.</summary>
    public static string Fixed(FormDefinition form, string side, string key) => $"tables.{form.Id}.{side}.{key}";

    /// <summary>Cell <paramref name="column"/> of row <paramref name="row"/> of a free-form table.</summary>
    public static string FreeForm(FormDefinition form, int row, int column) => $"tables.{form.Id}.rows[{row}][{column}]";

    /// <summary>A named field of a table (<c>personnel_total</c>, <c>title</c>, <c>no_data</c>).</summary>
    public static string Field(FormDefinition form, string key) => $"tables.{form.Id}.{key}";

    /// <summary>The table itself.</summary>
    public static string Table(FormDefinition form) => $"tables.{form.Id}";
}
