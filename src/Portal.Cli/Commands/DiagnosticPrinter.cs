using Portal.Build.Check;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>
/// Prints diagnostics one per line, errors first, then a count. The accounts checker's findings are not build
/// warnings: they are counted on a line of their own in the words of the site (错误, 存疑, 尾数误差), the same
/// sentence <c>portal check</c> ends with, so build, check and the 数据核对 page give the same numbers.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter errors, CliText text, IReadOnlyList<Finding>? findings = null)
    {
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity).ThenBy(d => d.Location?.File, StringComparer.Ordinal)
                     .ThenBy(d => d.Location?.Line).ThenBy(d => d.Location?.Column))
        {
            errors.WriteLine(diagnostic.ToString());
        }

        // A finding is a build warning only to keep its line; under --strict its errors stop the build and count as errors.
        var counted = findings is null ? diagnostics : diagnostics.Where(d => d.Stage != BuildStage.Check || d.Severity == Severity.Error).ToArray();
        var errorCount = counted.Count(d => d.Severity == Severity.Error);
        var warningCount = counted.Count - errorCount;
        if (counted.Count > 0)
        {
            errors.WriteLine(text.T("summary", errorCount, warningCount));
        }

        if (findings is { Count: > 0 })
        {
            errors.WriteLine(FindingPrinter.Summary(findings, text));
        }
    }
}
