namespace Portal.Build.Search;

/// <summary>
/// Where a piece of a page's text sits, best first: a match in the page title outranks one in a heading,
/// a table row or running text. The value is stored in the index, so the order is part of the format.
/// </summary>
public enum SegmentKind
{
    Title = 0,
    Heading = 1,
    Row = 2,
    Body = 3,
}
