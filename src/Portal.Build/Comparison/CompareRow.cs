namespace Portal.Build.Comparison;

/// <summary>A department's row of a compare table: one cell per year of the site (oldest first).</summary>
public sealed record CompareRow(string Slug, string DepartmentName, string DepartmentPath, IReadOnlyList<CompareCell> Cells);
