using Portal.Build.Modeling;
using Portal.Build.OpenData;

namespace Portal.Build.Check;

/// <summary>
/// <c>checks.csv</c>: the findings of <see cref="FindingJson"/>, one a row, for a spreadsheet. The columns are
/// checks.json's fields under their Chinese names; the file is relative to the site's folder, as in checks.json.
/// </summary>
public static class FindingCsv
{
    public const string OutputPath = "checks.csv";

    public static readonly IReadOnlyList<string> Header =
        ["规则", "级别", "部门标识", "部门", "年度", "表", "科目编码", "栏目", "所列数", "计算数", "文件", "行", "列", "字段", "说明"];

    public static GeneratedFile File(IReadOnlyList<Finding> findings, string siteRoot) =>
        new(OutputPath, () => CsvFormat.Write(Header, findings.Select(f => new object?[]
        {
            f.Rule, f.SeverityName, f.DepartmentSlug, f.Department, f.Year, f.Table, f.Code, f.Column, f.Stated, f.Computed,
            FindingJson.SiteRelative(siteRoot, f.Location.File), f.Location.Line, f.Location.Column, f.FieldPath, f.Message,
        })));
}
