namespace Portal.Build.Modeling;

/// <summary>A narrative document ready to render.</summary>
public sealed record DocumentView(string Anchor, string? Title, string? HeadingRaw, int? SourceLine, IReadOnlyList<SectionView> Sections);
