using Portal.Build.Check;
using Portal.Build.Modeling;

namespace Portal.Cli.Commands;

/// <summary>Findings as text: a heading per report, then one line per finding with the figure's file:line:column.</summary>
internal static class FindingPrinter
{
    public static void Print(IReadOnlyList<Finding> findings, TextWriter output, CliText text)
    {
        foreach (var report in findings.GroupBy(f => (f.DepartmentSlug, f.Department, f.Year)))
        {
            output.WriteLine($"== {report.Key.Department} {report.Key.Year}年（{report.Count()} 项）");
            foreach (var finding in report)
            {
                output.WriteLine(finding.ToString());
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(findings, text));
    }

    /// <summary>
    /// 数据核对：共 78 处（错误 48 处，存疑 11 处，尾数误差 19 处）: the theme's <c>checks.build_summary</c>, in the severity
    /// words of the site's 数据核对 page (<see cref="SeverityKeys"/>).
    /// </summary>
    public static string Summary(IReadOnlyList<Finding> findings, CliText text) => findings.Count == 0
        ? text.Site("checks.build_none")
        : text.Site("checks.build_summary", [findings.Count, .. SeverityKeys.All.Select(s => (object?)findings.Count(f => f.Severity == s))]);
}
