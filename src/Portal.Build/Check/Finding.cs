using Portal.Core.Diagnostics;

namespace Portal.Build.Check;

/// <summary>
/// One thing the accounts checker found in one report: which rule, how bad, where in the YAML, which
/// table cell (when it is one), the figure as printed and as recomputed, and a message in Chinese.
/// </summary>
public sealed record Finding
{
    public required string Rule { get; init; }

    public required FindingSeverity Severity { get; init; }

    public required string DepartmentSlug { get; init; }

    public required string Department { get; init; }

    public required int Year { get; init; }

    /// <summary>The form id (<c>general-budget</c>) for a cell of a template table; null for prose, 绩效 tables and whole-report findings.</summary>
    public string? Table { get; init; }

    public string? Code { get; init; }

    public string? Column { get; init; }

    public decimal? Stated { get; init; }

    public decimal? Computed { get; init; }

    /// <summary>The field path of the figure in the report's YAML (<c>tables.income.rows[15][2]</c>).</summary>
    public required string FieldPath { get; init; }

    public required SourceLocation Location { get; init; }

    public required string Message { get; init; }

    /// <summary>
    /// The cell most likely misprinted, when this finding is the root of others (<see cref="RootCauses"/>): the row of
    /// this finding and the column of the identity that is off by the same amount.
    /// </summary>
    public CellRef? LikelyCell { get; init; }

    /// <summary>The findings the same printed error causes elsewhere (the 款, 类 and 合计 a wrong 项 puts off), reported under this one.</summary>
    public IReadOnlyList<Finding> Consequences { get; init; } = [];

    public string SeverityName => Severity.ToString().ToLowerInvariant();

    /// <summary>
    /// The finding as a check-stage build diagnostic carries it, at the finding's own place: by this text the console
    /// knows the diagnostic for the finding and prints the finding instead, in the site's words.
    /// </summary>
    public Diagnostic AsDiagnostic(Severity severity) => new(BuildStage.Check, severity, Location, FieldPath, $"[{Rule}] {SeverityName}: {Message}");

    /// <summary>One line: <c>file:line:column: error: [income.row-total] message</c>.</summary>
    public override string ToString() => $"{Location}: {SeverityName}: [{Rule}] {Message}";
}
