using Portal.Build.OpenData;
using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>
/// <c>checks.csv</c>: every finding as one row, for a spreadsheet: the department, year, severity in the site's words
/// (错误/存疑/尾数误差, the pages' vocabulary), rule, the figure as printed and as recomputed, the message, where in
/// the YAML, and the finding's own address on its report page (<c>…/2023/#finding-…</c>).
/// </summary>
public static class FindingCsv
{
    public const string OutputPath = "checks.csv";

    public static GeneratedFile File(IReadOnlyList<ReportFindings> reports, UiStrings ui, string siteRoot) => new(OutputPath, () => CsvFormat.Write(Table(reports, ui, siteRoot)));

    public static DataTable Table(IReadOnlyList<ReportFindings> reports, UiStrings ui, string siteRoot)
    {
        string[] names = ["department", "department_name", "year", "severity", "severity_name", "rule", "table", "code", "column", "stated", "computed", "message", "file", "line", "field_path", "page"];
        var columns = names.Select(n => new DataColumn(n, n is "year" or "line" ? DataColumnKind.Integer : n is "stated" or "computed" ? DataColumnKind.Amount : DataColumnKind.Text)).ToArray();
        var rows = reports.SelectMany(r => r.Findings.Select(v => (IReadOnlyList<object?>)
        [
            v.Finding.DepartmentSlug, v.Finding.Department, v.Finding.Year, v.Finding.SeverityName, ui.T(v.SeverityKey), v.Finding.Rule,
            v.Finding.Table, v.Finding.Code, v.Finding.Column, v.Finding.Stated, v.Finding.Computed, v.Finding.Message,
            Path.GetRelativePath(siteRoot, Path.GetFullPath(v.Finding.Location.File)).Replace('\\', '/'), v.Finding.Location.Line, v.Finding.FieldPath,
            $"{r.Path}#{v.Id.Value}",
        ])).ToArray();
        return new DataTable("checks", null, ui.T("checks.heading"), string.Empty, columns, rows);
    }
}
