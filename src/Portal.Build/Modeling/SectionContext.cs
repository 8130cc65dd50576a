namespace Portal.Build.Modeling;

/// <summary>What the section partial receives: the page (for source links) and the section.</summary>
public sealed record SectionContext(ReportPage? Page, SectionView Section);
