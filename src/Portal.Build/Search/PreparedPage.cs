namespace Portal.Build.Search;

/// <summary>
/// A page read for the index and not yet numbered: its facets, each segment's kind and keys, and its text chunks
/// already encoded. Preparing is the costly part (parsing the HTML) and needs no shared state, so pages are
/// prepared on every core and then added to the index one by one, in site order.
/// </summary>
public sealed record PreparedPage(IndexedPage Page, IReadOnlyList<(SegmentKind Kind, string[] Keys)> Segments, IReadOnlyList<byte[]> Chunks);
