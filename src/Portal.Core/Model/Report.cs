using Portal.Core.Diagnostics;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Performance;
using Portal.Core.Model.Tables;

namespace Portal.Core.Model;

/// <summary>One department-year: a 部门决算 and/or 绩效自评 disclosure, as published.</summary>
public sealed record Report
{
    public required string DepartmentSlug { get; init; }

    public required int Year { get; init; }

    public required string Title { get; init; }

    /// <summary>What the document is: 决算, 绩效自评.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>The template the report names (<c>template:</c>); its tables follow that template's forms.</summary>
    public string? Template { get; init; }

    public string Unit { get; init; } = "万元";

    public required ReportSource Source { get; init; }

    public IReadOnlyList<string> TranscriptionNotes { get; init; } = [];

    public StatedFigures StatedFigures { get; init; } = StatedFigures.Empty;

    public Document? Overview { get; init; }

    public ReportTables Tables { get; init; } = ReportTables.Empty;

    public IReadOnlyList<string> AppendixTitles { get; init; } = [];

    public Document? Explanation { get; init; }

    public Glossary? Glossary { get; init; }

    public PerformanceSection? Performance { get; init; }

    public IReadOnlyList<GenericTable> OtherTables { get; init; } = [];

    /// <summary><c>draft: true</c>: not published by <c>portal build</c>, shown by <c>portal serve</c> for previewing.</summary>
    public bool Draft { get; init; }

    public required string FilePath { get; init; }

    public required SourceMap SourceMap { get; init; }
}
