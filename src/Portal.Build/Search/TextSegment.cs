namespace Portal.Build.Search;

/// <summary>
/// A run of a page's visible text under one anchor (the nearest enclosing element with an id) and of one
/// kind. <see cref="Anchor"/> is null for text that has no anchored ancestor (a hit links to the page).
/// <see cref="Section"/> is the heading a reader sees above a row or paragraph (收入决算表), shown
/// with a result; null for headings and titles themselves.
/// </summary>
public sealed record TextSegment(string? Anchor, SegmentKind Kind, string Text, string? Section = null);
