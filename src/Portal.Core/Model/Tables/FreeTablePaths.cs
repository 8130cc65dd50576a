using System.Text.RegularExpressions;

namespace Portal.Core.Model.Tables;

/// <summary>
/// Field paths of free-form tables outside the template (其他表格, 绩效 tables, tables inside a narrative section) and
/// of their cells: the checker's findings and the page's cell markers take them from here, so the two agree.
/// </summary>
public static partial class FreeTablePaths
{
    public static string Other(int index) => $"other_tables[{index}]";

    public static string PerformanceOverall(int index) => $"performance.overall.tables[{index}]";

    public static string InSection(string sectionPath, int index) => $"{sectionPath}.tables[{index}]";

    public static string Cell(string tablePath, int row, int column) => $"{tablePath}.rows[{row}][{column}]";

    /// <summary>Whether <paramref name="path"/> is a cell path made by <see cref="Cell"/> of one of the tables above.</summary>
    public static bool IsCell(string path) => CellPath().IsMatch(path);

    [GeneratedRegex(@"^(other_tables\[\d+\]|performance\.overall\.tables\[\d+\]|(overview|explanation)(\.sections\[\d+\])+\.tables\[\d+\])\.rows\[\d+\]\[\d+\]\z")]
    private static partial Regex CellPath();
}
