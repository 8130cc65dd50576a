namespace Portal.Core.Diagnostics;

/// <summary>One problem found in a build, phrased for the webmaster who has to fix it.</summary>
public sealed record Diagnostic(
    BuildStage Stage,
    Severity Severity,
    SourceLocation? Location,
    string? FieldPath,
    string Message)
{
    /// <summary>One line: <c>file:line:column: error: [stage] path: message</c>.</summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : Location + ": ";
        var severity = Severity == Severity.Error ? "error" : "warning";
        var path = string.IsNullOrEmpty(FieldPath) ? string.Empty : FieldPath + ": ";
        return $"{where}{severity}: [{Stage.ToString().ToLowerInvariant()}] {path}{Message}";
    }
}
