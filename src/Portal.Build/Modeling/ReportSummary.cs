namespace Portal.Build.Modeling;

/// <summary>A report as listed on the home and department pages.</summary>
public sealed record ReportSummary(string DepartmentSlug, string DepartmentName, int Year, string Title, string Path, IReadOnlyList<string> Kinds, Headline Headline);
