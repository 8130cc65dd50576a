using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>
/// 数据核对: a table of reports' findings by severity, the findings themselves by department, year and rule,
/// filters (部门, 年度, severity) a script applies from the URL's query (<c>?severity=error&amp;department=…</c>)
/// to the reports of this page, and the downloads of the whole site's findings. Past a page of reports the
/// listing goes on at <c>checks/2/</c> … (<see cref="PageModel.Pagination"/>).
/// </summary>
public sealed record ChecksPage : PageModel
{
    public override string Template => "pages/Checks";

    /// <summary>The reports on this page.</summary>
    public required IReadOnlyList<ReportFindings> Reports { get; init; }

    /// <summary>The whole site's counts.</summary>
    public required ChecksTotals Totals { get; init; }

    /// <summary>The place of this page's first report among all (1 on the first page).</summary>
    public int First { get; init; } = 1;

    public int Last => First + Reports.Count - 1;

    public string JsonPath => FindingJson.OutputPath;

    public string CsvPath => FindingCsv.OutputPath;

    /// <summary>Findings of <paramref name="severity"/> in the whole site.</summary>
    public int Count(FindingSeverity severity) => Totals.BySeverity[severity];

    /// <summary>Findings in the whole site.</summary>
    public int Total => Totals.Findings;

    /// <summary>Findings of <paramref name="severity"/> in this page's reports.</summary>
    public int OnPage(FindingSeverity severity) => Reports.Sum(r => r.Count(severity));

    /// <summary>Findings in this page's reports.</summary>
    public int TotalOnPage => Reports.Sum(r => r.Findings.Count);

    public IReadOnlyList<FindingSeverity> Severities => SeverityKeys.All;

    /// <summary>The id of a report's block on this page (<c>report-huaihua-jiguan-shiwu-2023</c>), for the table's links.</summary>
    public static string ReportAnchor(ReportFindings report) => $"report-{report.Department.Slug}-{report.Report.Year}";
}
