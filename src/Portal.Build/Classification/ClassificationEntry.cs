namespace Portal.Build.Classification;

/// <summary>Where one department-year prints a 科目: the report, the table, the row (with its anchor) and its amounts (in <paramref name="Unit"/>, the table's).</summary>
public sealed record ClassificationEntry(
    string DepartmentName,
    int Year,
    string ReportPath,
    string TableCode,
    string TableTitle,
    string RowAnchor,
    string Name,
    IReadOnlyList<ClassificationAmount> Amounts,
    string Unit);
