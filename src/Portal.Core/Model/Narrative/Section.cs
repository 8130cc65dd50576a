using Portal.Core.Model.Tables;

namespace Portal.Core.Model.Narrative;

/// <summary>A heading of the source with its Markdown text and sub-sections.</summary>
public sealed record Section
{
    public required string Heading { get; init; }

    /// <summary>The heading exactly as printed, numbering included (<c>（二）机构设置</c>).</summary>
    public string? HeadingRaw { get; init; }

    /// <summary>A normalised topic (<c>sangong</c>, <c>procurement</c>…) that gives a stable anchor.</summary>
    public string? Kind { get; init; }

    public int? SourceLine { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<GenericTable> Tables { get; init; } = [];

    public IReadOnlyList<Section> Sections { get; init; } = [];
}
