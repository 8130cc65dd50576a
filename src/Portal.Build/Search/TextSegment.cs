namespace Portal.Build.Search;

/// <summary>
/// A run of a page's visible text under one anchor (the nearest enclosing element with an id) and of one
/// kind. <see cref="Anchor"/> is null for text that has no anchored ancestor (a hit links to the page).
/// </summary>
public sealed record TextSegment(string? Anchor, SegmentKind Kind, string Text);
