using Portal.Build.Check.Prose;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Check;

/// <summary>What a rule sees: the report, its department, and the department's report of the year before.</summary>
public sealed class CheckContext
{
    public CheckContext(Department department, Report report, Report? previous)
    {
        Department = department;
        Prose = new ReportProse(report);
        PreviousProse = previous is null ? null : new ReportProse(previous);
    }

    public Department Department { get; }

    public Report Report => Prose.Report;

    /// <summary>The same department's report for <c>Year − 1</c>, when the content has it.</summary>
    public Report? Previous => PreviousProse?.Report;

    /// <summary>The report with its paragraphs, split once for every rule that reads them.</summary>
    public ReportProse Prose { get; }

    /// <summary>The year before with its paragraphs (split again here: each report's are let go when it is done).</summary>
    public ReportProse? PreviousProse { get; }

    /// <summary>Every paragraph of the report's narrative.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Prose.Paragraphs;

    /// <summary>
    /// Lets go of the split paragraphs once every rule has read the report: kept to the end of the stage, every
    /// report's paragraphs (a copy of its prose) would be alive at once.
    /// </summary>
    internal void Done()
    {
        Prose.Release();
        PreviousProse?.Release();
    }

    /// <summary>
    /// A finding when <paramref name="stated"/> does not agree with <paramref name="computed"/>; null when it does
    /// or when either is missing. <paramref name="what"/> names the figure (“合计行 本年收入合计”),
    /// <paramref name="basis"/> how it was recomputed (“各来源之和”).
    /// </summary>
    public Finding? Compare(string rule, string path, decimal? stated, decimal? computed, string what, string basis, CellRef? cell = null, string unit = "万元", Func<SourceLocation>? at = null)
    {
        if (stated is not { } s || computed is not { } c || Tolerance.Classify(s, c) is not { } severity)
        {
            return null;
        }

        var kind = severity == FindingSeverity.Rounding ? "（尾数误差）" : string.Empty;
        return Flag(rule, severity, path, $"{what}印为{Tolerance.Show(s)}{unit}，{basis}为{Tolerance.Show(c)}{unit}，相差{Tolerance.Show(s - c)}{unit}{kind}。", cell, s, c, at);
    }

    public Finding Flag(string rule, FindingSeverity severity, string path, string message, CellRef? cell = null, decimal? stated = null, decimal? computed = null, Func<SourceLocation>? at = null) => new()
    {
        Rule = rule,
        Severity = severity,
        DepartmentSlug = Department.Slug,
        Department = Department.Name,
        Year = Report.Year,
        Table = cell?.Table,
        Code = cell?.Code,
        Column = cell?.Column,
        Stated = stated,
        Computed = computed,
        FieldPath = path,
        // Asked only for a finding: a location means reading the report's YAML again.
        Location = at?.Invoke() ?? Report.SourceMap.Find(path),
        Message = message,
    };
}
