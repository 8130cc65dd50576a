namespace Portal.Core.Model.Narrative;

/// <summary>A narrative part of a report (概况, 决算情况说明, a 绩效 report): headings and Markdown.</summary>
public sealed record Document
{
    public string? Title { get; init; }

    public string? HeadingRaw { get; init; }

    public int? SourceLine { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];
}
