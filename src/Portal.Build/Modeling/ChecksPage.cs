using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>
/// 数据核对: a table of every report's findings by severity, the findings themselves by department, year and rule,
/// filters (部门, 年度, severity) a script applies from the URL's query (<c>?severity=error&amp;department=…</c>),
/// and the downloads.
/// </summary>
public sealed record ChecksPage : PageModel
{
    public override string Template => "pages/Checks";

    public required IReadOnlyList<ReportFindings> Reports { get; init; }

    public string JsonPath => FindingJson.OutputPath;

    public string CsvPath => FindingCsv.OutputPath;

    public int Count(FindingSeverity severity) => Reports.Sum(r => r.Count(severity));

    public int Total => Reports.Sum(r => r.Findings.Count);

    public IReadOnlyList<FindingSeverity> Severities => SeverityKeys.All;

    /// <summary>The id of a report's block on this page (<c>report-huaihua-jiguan-shiwu-2023</c>), for the table's links.</summary>
    public static string ReportAnchor(ReportFindings report) => $"report-{report.Department.Slug}-{report.Report.Year}";
}
