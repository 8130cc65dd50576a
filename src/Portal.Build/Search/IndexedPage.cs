namespace Portal.Build.Search;

/// <summary>What the search index keeps of one page: where it is, what it is called, its facets and text.</summary>
public sealed record IndexedPage(string Path, string Title, string? Department, int? Year, IReadOnlyList<TextSegment> Segments);
