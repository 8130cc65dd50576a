using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Build.Search;

/// <summary>
/// Reads a rendered page's <c>&lt;main&gt;</c> the way a reader sees it: visible text in document order,
/// cut into segments at block boundaries, each filed under the nearest block ancestor with an id (or
/// labelled by a heading with one) so that a hit deep-links there. Inline elements never cut text, so any run of characters without whitespace
/// that a reader sees lies inside one segment — this is what makes substring search exact.
/// </summary>
public static class PageTextExtractor
{
    /// <summary>
    /// Keeps an element out of the index: on a page's main element the whole page (verbatim source transcripts, the
    /// search page), on any other element that element (the department × year tables of compare and classification
    /// pages, which repeat figures each report page already has, and would bury it in results).
    /// </summary>
    public const string SkipAttribute = "data-search-skip";

    public const string DepartmentAttribute = "data-department";

    public const string YearAttribute = "data-year";

    // One parser per thread: pages are extracted on several threads and a parser is not documented as thread-safe.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private static readonly FrozenSet<string> InlineTags = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> InvisibleTags = new[]
    {
        "script", "style", "template", "noscript", "svg", "head", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Headings whose text names the rows and paragraphs after them (a result shows it).</summary>
    private static readonly FrozenSet<string> SectionHeadingTags = new[]
    {
        "h2", "h3", "h4", "h5", "h6", "caption",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HeadingTags = new[]
    {
        "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "figcaption",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The page's text, or null when the page is marked to be left out of the index.</summary>
    public static IndexedPage? Extract(string path, string html)
    {
        if (MainTagSkips(html))
        {
            // Source transcripts are a third of a site's HTML: not parsing them at all is the cheapest way to skip them.
            return null;
        }

        // Not disposed: disposing detaches every node one by one (a sixth of the reading time), and nothing else holds
        // the document, so the collector takes it whole.
        var document = Parser.Value!.ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body;
        if (main is null || main.HasAttribute(SkipAttribute))
        {
            return null;
        }

        var collector = new Collector();
        Walk(main, null, SegmentKind.Body, collector);
        collector.Finish();

        var title = collector.Segments.FirstOrDefault(s => s.Kind == SegmentKind.Title)?.Text
            ?? Collapse(document.Title ?? path);
        var year = int.TryParse(main.GetAttribute(YearAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var department = main.GetAttribute(DepartmentAttribute);
        return new IndexedPage(path, title, string.IsNullOrEmpty(department) ? null : department, year, collector.Segments);
    }

    private static void Walk(IElement element, string? anchor, SegmentKind kind, Collector collector)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                collector.Append(text.Data, anchor, kind);
            }
            else if (child is IElement e && !InvisibleTags.Contains(e.LocalName) && !e.HasAttribute("hidden") && !e.HasAttribute(SkipAttribute))
            {
                if (InlineTags.Contains(e.LocalName))
                {
                    Walk(e, anchor, kind, collector);
                    continue;
                }

                var childAnchor = AnchorOf(e) ?? anchor;
                collector.Break();
                var namesSection = SectionHeadingTags.Contains(e.LocalName);
                if (namesSection)
                {
                    collector.Section = null;
                    collector.StartHeading();
                }

                Walk(e, childAnchor, KindOf(e, kind), collector);
                collector.Break();
                if (namesSection)
                {
                    collector.Section = collector.EndHeading();
                }
            }
        }
    }

    /// <summary>Whether the page's first <c>&lt;main&gt;</c> start tag carries <see cref="SkipAttribute"/>, read without parsing the page.</summary>
    private static bool MainTagSkips(string html)
    {
        var start = html.IndexOf("<main", StringComparison.OrdinalIgnoreCase);
        while (start >= 0 && start + 5 < html.Length && char.IsAsciiLetterOrDigit(html[start + 5]))
        {
            start = html.IndexOf("<main", start + 5, StringComparison.OrdinalIgnoreCase);
        }

        var end = start < 0 ? -1 : html.IndexOf('>', start);
        return end > 0 && html.AsSpan(start, end - start).Contains(SkipAttribute, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An element's id; for a block without one, the id of the heading that labels it (aria-labelledby).</summary>
    private static string? AnchorOf(IElement element)
    {
        if (!string.IsNullOrEmpty(element.Id))
        {
            return element.Id;
        }

        var label = element.GetAttribute("aria-labelledby");
        return string.IsNullOrWhiteSpace(label) || label.Contains(' ', StringComparison.Ordinal) ? null : label;
    }

    private static SegmentKind KindOf(IElement element, SegmentKind inherited) => element.LocalName switch
    {
        "h1" => SegmentKind.Title,
        _ when HeadingTags.Contains(element.LocalName) => SegmentKind.Heading,
        "tr" when !string.IsNullOrEmpty(element.Id) => SegmentKind.Row,
        "td" or "th" when !string.IsNullOrEmpty(element.Id) && inherited == SegmentKind.Body => SegmentKind.Row,
        _ => inherited,
    };

    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Gathers text between block boundaries; neighbouring runs with the same anchor and kind merge. The segment being
    /// merged into stays a builder until a different one starts: a table without row ids is one segment of thousands of
    /// runs, and joining strings run by run would cost the square of its length.
    /// </summary>
    private sealed class Collector
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

        public void Append(string text, string? anchor, SegmentKind kind)
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
        public string EndHeading() => --_headingDepth == 0 ? Collapse(_heading.ToString()) : string.Empty;

        public void Break()
        {
            var text = Collapse(_run.ToString());
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
}
