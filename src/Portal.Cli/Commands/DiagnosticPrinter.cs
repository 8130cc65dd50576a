using Portal.Core.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary>Prints diagnostics one per line, errors first, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter errors, CliText text)
    {
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity).ThenBy(d => d.Location?.File, StringComparer.Ordinal)
                     .ThenBy(d => d.Location?.Line).ThenBy(d => d.Location?.Column))
        {
            errors.WriteLine(diagnostic.ToString());
        }

        var errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        var warningCount = diagnostics.Count - errorCount;
        if (diagnostics.Count > 0)
        {
            errors.WriteLine(text.T("summary", errorCount, warningCount));
        }
    }
}
