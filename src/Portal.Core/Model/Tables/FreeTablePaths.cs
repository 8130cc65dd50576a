namespace Portal.Core.Model.Tables;

/// <summary>
/// Field paths of free-form tables outside the template (其他表格, 绩效 tables, tables inside a narrative section) and
/// of their cells: the checker's findings and the page's cell markers take them from here, so the two agree.
/// </summary>
public static class FreeTablePaths
{
    public static string Other(int index) => $"other_tables[{index}]";

    public static string PerformanceOverall(int index) => $"performance.overall.tables[{index}]";

    public static string InSection(string sectionPath, int index) => $"{sectionPath}.tables[{index}]";

    public static string Cell(string tablePath, int row, int column) => $"{tablePath}.rows[{row}][{column}]";
}
