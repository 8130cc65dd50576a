using Portal.Build.Check;
using Portal.Build.Modeling;
using Portal.Core.Diagnostics;

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
                output.WriteLine(Line(finding, text));
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(findings, text));
    }

    /// <summary>
    /// <c>file:line:column: 错误: [income.row-total] tables.income.rows[3][2]: message</c> — the shape of a build
    /// diagnostic, with the severity in the words of the site's 数据核对 page, so build, check, serve and the site
    /// never call one finding by two names.
    /// </summary>
    public static string Line(Finding finding, CliText text) =>
        Diagnostic.OneLine($"{finding.Location}: {text.Site(SeverityKeys.Of(finding.Severity))}: [{finding.Rule}] {finding.FieldPath}: {finding.Message}");

    /// <summary>
    /// 数据核对：共 78 处（错误 48 处，存疑 11 处，尾数误差 19 处）: the theme's <c>checks.build_summary</c>, in the severity
    /// words of the site's 数据核对 page (<see cref="SeverityKeys"/>).
    /// </summary>
    public static string Summary(IReadOnlyList<Finding> findings, CliText text) => findings.Count == 0
        ? text.Site("checks.build_none")
        : text.Site("checks.build_summary", [findings.Count, .. SeverityKeys.All.Select(s => (object?)findings.Count(f => f.Severity == s))]);
}
