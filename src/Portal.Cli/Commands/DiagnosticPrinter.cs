using Portal.Build.Check;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>
/// Prints diagnostics one per line, errors first, then a count. The accounts checker's findings are not build
/// warnings: each is printed as <c>portal check</c> prints it, in the words of the site (错误, 存疑, 尾数误差), and
/// counted on a line of their own, the same sentence <c>portal check</c> ends with, so build, check and the 数据核对
/// page give the same names and the same numbers.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter errors, CliText text, IReadOnlyList<Finding>? findings = null, bool summarizeFindings = true)
    {
        // A finding travels as a check-stage diagnostic (Finding.AsDiagnostic); it is printed as the finding it carries.
        var carried = new Dictionary<Diagnostic, Finding>();
        foreach (var finding in findings ?? [])
        {
            carried.TryAdd(finding.AsDiagnostic(Severity.Warning), finding);
            carried.TryAdd(finding.AsDiagnostic(Severity.Error), finding);
        }

        bool IsFinding(Diagnostic d) => carried.ContainsKey(d);

        foreach (var diagnostic in diagnostics.Where(d => !IsFinding(d)).OrderBy(d => d.Severity).ThenBy(d => d.Location?.File, StringComparer.Ordinal)
                     .ThenBy(d => d.Location?.Line).ThenBy(d => d.Location?.Column))
        {
            errors.WriteLine(diagnostic.ToString());
        }

        foreach (var finding in diagnostics.Where(IsFinding).Select(d => carried[d]).Distinct()
                     .OrderBy(f => f.Location.File, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column))
        {
            errors.WriteLine(FindingPrinter.Line(finding, text));
        }

        // A finding is a build error only under --strict, where its errors stop the build; then it counts as an error.
        var counted = findings is null ? diagnostics : diagnostics.Where(d => d.Stage != BuildStage.Check || d.Severity == Severity.Error).ToArray();
        var errorCount = counted.Count(d => d.Severity == Severity.Error);
        var warningCount = counted.Count - errorCount;
        if (counted.Count > 0)
        {
            errors.WriteLine(text.T("summary", errorCount, warningCount));
        }

        if (summarizeFindings && findings is { Count: > 0 })
        {
            errors.WriteLine(FindingPrinter.Summary(findings, text));
        }
    }
}
