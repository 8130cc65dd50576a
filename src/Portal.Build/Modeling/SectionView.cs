using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>A narrative section ready to render: anchor, headings, Markdown already turned into safe HTML.</summary>
public sealed record SectionView(
    string Anchor,
    string Heading,
    string? HeadingRaw,
    int? SourceLine,
    string? BodyHtml,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<GenericTable> Tables,
    IReadOnlyList<SectionView> Children,
    int Level,
    string? Path = null);
