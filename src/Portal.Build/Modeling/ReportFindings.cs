using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>
/// One report's findings as the site-wide 数据核对 page and <c>checks.csv</c> read them, without the report's page:
/// the page is built and let go department by department, these stay. Made twice per report: placed (ids, before
/// any page is built: what <c>checks.csv</c> needs) and, once the report page is built, with every anchor resolved
/// (what the 数据核对 page links to).
/// </summary>
public sealed record ReportFindings(Department Department, ReportSummary Report, IReadOnlyList<FindingView> Findings)
{
    /// <summary>The report page's path.</summary>
    public string Path => Report.Path;

    /// <summary>How many findings of the severity (checks.error …) the report has.</summary>
    public int Count(Check.FindingSeverity severity) => Findings.Count(f => f.Finding.Severity == severity);
}
