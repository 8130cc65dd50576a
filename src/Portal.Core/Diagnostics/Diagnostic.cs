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
        return $"{where}{severity}: [{Stage.ToString().ToLowerInvariant()}] {OneLine(path)}{OneLine(Message)}";
    }

    /// <summary>
    /// Control characters written as escapes: a message quotes what the file holds, and a quoted "201\n" must
    /// not break the one-line-per-diagnostic output that editors and scripts read.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
