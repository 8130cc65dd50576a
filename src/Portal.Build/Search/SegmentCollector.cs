using System.Text;

namespace Portal.Build.Search;

/// <summary>
/// Gathers text between block boundaries; neighbouring runs with the same anchor and kind merge. The segment being
/// merged into stays a builder until a different one starts: a table without row ids is one segment of thousands of
/// runs, and joining strings run by run would cost the square of its length.
/// </summary>
internal sealed class SegmentCollector
{
    private readonly StringBuilder _run = new();
    private readonly StringBuilder _heading = new();
    private readonly StringBuilder _open = new();
    private int _headingDepth;
    private string? _anchor;
    private SegmentKind _kind;
    private string? _openAnchor;
    private SegmentKind _openKind;
    private string? _openSection;

    public List<TextSegment> Segments { get; } = [];

    /// <summary>The text of the last section heading passed; null while inside one.</summary>
    public string? Section { get; set; }

    public void Append(ReadOnlySpan<char> text, string? anchor, SegmentKind kind)
    {
        if (_run.Length == 0)
        {
            (_anchor, _kind) = (anchor, kind);
        }

        _run.Append(text);
        if (_headingDepth > 0)
        {
            _heading.Append(text);
        }
    }

    /// <summary>Starts gathering a section heading's visible text (headings do not nest, captions hold no headings).</summary>
    public void StartHeading()
    {
        if (_headingDepth++ == 0)
        {
            _heading.Clear();
        }
    }

    /// <summary>The visible text of the heading just walked, whitespace collapsed.</summary>
    public string EndHeading() => --_headingDepth == 0 ? PageTextExtractor.Collapse(_heading.ToString()) : string.Empty;

    public void Break()
    {
        if (_run.Length == 0)
        {
            return;
        }

        var text = PageTextExtractor.Collapse(_run.ToString());
        _run.Clear();
        if (text.Length == 0)
        {
            // Whitespace between blocks neither makes a segment nor ends the one being merged into.
            return;
        }

        if (_open.Length > 0 && _openAnchor == _anchor && _openKind == _kind)
        {
            _open.Append(' ').Append(text);
            return;
        }

        Close();
        _open.Append(text);
        (_openAnchor, _openKind, _openSection) = (_anchor, _kind, _kind == SegmentKind.Title ? null : Section);
    }

    /// <summary>Ends the last segment: call once, after the last <see cref="Break"/>.</summary>
    public void Finish()
    {
        Break();
        Close();
    }

    private void Close()
    {
        if (_open.Length > 0)
        {
            Segments.Add(new TextSegment(_openAnchor, _openKind, _open.ToString(), _openSection));
            _open.Clear();
        }
    }
}
