namespace Portal.Build.Search;

/// <summary>
/// A segment's number in the postings: page, position in the page and kind packed into one integer, so
/// that a browser can rank and group candidates by page before it downloads any text.
/// Layout: <c>page &lt;&lt; 14 | segment &lt;&lt; 2 | kind</c>; search.js unpacks it the same way.
/// </summary>
public static class SegmentHandle
{
    public const int MaxSegmentsPerPage = 1 << 12;

    public const int MaxPages = 1 << 17;

    public static int Pack(int page, int segment, SegmentKind kind)
    {
        if (segment >= MaxSegmentsPerPage)
        {
            throw new InvalidOperationException($"search index: a page has more than {MaxSegmentsPerPage} text segments");
        }

        if (page >= MaxPages)
        {
            throw new InvalidOperationException($"search index: the site has more than {MaxPages} pages");
        }

        return (page << 14) | (segment << 2) | (int)kind;
    }

    public static (int Page, int Segment, SegmentKind Kind) Unpack(int handle) =>
        (handle >> 14, (handle >> 2) & (MaxSegmentsPerPage - 1), (SegmentKind)(handle & 3));
}
