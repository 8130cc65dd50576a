using Portal.Build.Check;

namespace Portal.Cli.Commands;

/// <summary>Findings as text: a heading per report, then one line per finding with the figure's file:line:column.</summary>
internal static class FindingPrinter
{
    public static void Print(IReadOnlyList<Finding> findings, TextWriter output)
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

        var counts = string.Join("，", Enum.GetValues<FindingSeverity>().Select(s => $"{s.ToString().ToLowerInvariant()} {findings.Count(f => f.Severity == s)}"));
        output.WriteLine(findings.Count == 0 ? "数据核对：未发现问题" : $"数据核对：共 {findings.Count} 项（{counts}）");
    }
}
