using Portal.Build.Charts;
using Portal.Build.Comparison;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Modeling;

/// <summary>One department-year's page: every section the source has, in the source's order of parts.</summary>
public sealed record ReportPage : PageModel
{
    public override string Template => "pages/Report";

    public required Report Report { get; init; }

    public required Department Department { get; init; }

    public required Headline Headline { get; init; }

    public required IReadOnlyList<Availability> Availability { get; init; }

    public required IReadOnlyList<TocEntry> Toc { get; init; }

    public DocumentView? Overview { get; init; }

    public DocumentView? Explanation { get; init; }

    public PerformanceView? Performance { get; init; }

    public Glossary? Glossary { get; init; }

    /// <summary>Site-relative path of the published source text and of its line-numbered view.</summary>
    public required string SourceTextPath { get; init; }

    public required string SourceViewPath { get; init; }

    /// <summary>Site-relative path of the official original (the published PDF, Word or Excel file kept beside the text), where the department folder has one.</summary>
    public string? OriginalPath { get; init; }

    public IReadOnlyList<HeadlineFigure> StatedFigures { get; init; } = [];

    /// <summary>This report beside the previous year's (issue 3: 与上年比较).</summary>
    public YearComparison? Comparison { get; init; }

    /// <summary>图1–图7 drawn from this report's figures.</summary>
    public IReadOnlyList<ChartView> Charts { get; init; } = [];

    /// <summary>What the accounts checker found in this report (数据核对), each placed on the page.</summary>
    public IReadOnlyList<FindingView> Findings { get; init; } = [];

    /// <summary>The flagged cells of the page's tables, for the table partials to mark.</summary>
    public FindingMarks Marks { get; init; } = FindingMarks.None;

    /// <summary>How many findings of the severity (checks.error …) the report has.</summary>
    public int Count(Check.FindingSeverity severity) => Findings.Count(f => f.Finding.Severity == severity);

    /// <summary>Link to the line of the source view where something was printed.</summary>
    public string SourceLink(int line) => Url($"{SourceViewPath}#L{line}");
}
