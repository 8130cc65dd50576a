using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Build.Search;

/// <summary>
/// Reads a rendered page's <c>&lt;main&gt;</c> the way a reader sees it: visible text in document order,
/// cut into segments at block boundaries, each filed under the nearest block ancestor with an id (or
/// labelled by a heading with one) so that a hit deep-links there. Inline elements never cut text, so any run of characters without whitespace
/// that a reader sees lies inside one segment — this is what makes substring search exact.
/// </summary>
/// <remarks>
/// The page is scanned once as a stream of tags and text, without building a document: parsing every page into a DOM
/// (AngleSharp) was a quarter of a large build's CPU. The scanner applies the parts of HTML's tree construction that
/// Portal's pages can meet — void elements, raw-text elements, and the end tags HTML implies (an open <c>p</c> before a
/// block, <c>li</c>, <c>dt</c>/<c>dd</c>, table cells and rows) — and the tests compare it with a DOM reading of every
/// page of the sample site and a generated corpus.
/// </remarks>
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

    internal static readonly FrozenSet<string> InlineTags = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> InvisibleTags = new[]
    {
        "script", "style", "template", "noscript", "svg", "head", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Headings whose text names the rows and paragraphs after them (a result shows it).</summary>
    internal static readonly FrozenSet<string> SectionHeadingTags = new[]
    {
        "h2", "h3", "h4", "h5", "h6", "caption",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> HeadingTags = new[]
    {
        "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "figcaption",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that never have content (HTML's void elements).</summary>
    private static readonly FrozenSet<string> VoidTags = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements whose content is text up to their end tag, never tags (<c>title</c> and <c>textarea</c> still decode character references).</summary>
    private static readonly FrozenSet<string> RawTextTags = new[]
    {
        "script", "style", "title", "textarea", "xmp", "noembed", "noframes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Start tags that end an open <c>p</c> (HTML: "close a p element").</summary>
    private static readonly FrozenSet<string> ClosesParagraph = new[]
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext",
        "table", "hr", "xmp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where a search for an open element to close stops (HTML's scope boundaries, plus the lists for <c>li</c>).</summary>
    private static readonly FrozenSet<string> ScopeBoundaries = new[]
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The page's text, or null when the page is marked to be left out of the index.</summary>
    public static IndexedPage? Extract(string path, string html)
    {
        if (MainTagSkips(html))
        {
            // Source transcripts are a third of a site's HTML: not reading them at all is the cheapest way to skip them.
            return null;
        }

        var scan = new Scan(html);
        if (!scan.Read("main") && !scan.Read("body"))
        {
            return null;
        }

        if (scan.Skips)
        {
            return null;
        }

        var title = scan.Collector.Segments.FirstOrDefault(s => s.Kind == SegmentKind.Title)?.Text
            ?? Collapse(scan.DocumentTitle ?? path);
        var year = int.TryParse(scan.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        return new IndexedPage(path, title, string.IsNullOrEmpty(scan.Department) ? null : scan.Department, year, scan.Collector.Segments);
    }

    /// <summary>Whether the page's first <c>&lt;main&gt;</c> start tag carries <see cref="SkipAttribute"/>, read without parsing the page.</summary>
    internal static bool MainTagSkips(string html)
    {
        var start = html.IndexOf("<main", StringComparison.OrdinalIgnoreCase);
        while (start >= 0 && start + 5 < html.Length && char.IsAsciiLetterOrDigit(html[start + 5]))
        {
            start = html.IndexOf("<main", start + 5, StringComparison.OrdinalIgnoreCase);
        }

        var end = start < 0 ? -1 : html.IndexOf('>', start);
        return end > 0 && html.AsSpan(start, end - start).Contains(SkipAttribute, StringComparison.OrdinalIgnoreCase);
    }

    private static SegmentKind KindOf(string name, string? id, SegmentKind inherited) => name switch
    {
        "h1" => SegmentKind.Title,
        _ when HeadingTags.Contains(name) => SegmentKind.Heading,
        "tr" when !string.IsNullOrEmpty(id) => SegmentKind.Row,
        "td" or "th" when !string.IsNullOrEmpty(id) && inherited == SegmentKind.Body => SegmentKind.Row,
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

    /// <summary>The attributes the index reads from a start tag; the first of each name counts, as in HTML.</summary>
    private struct Attributes
    {
        public string? Id;
        public string? LabelledBy;
        public string? Year;
        public string? Department;
        public bool Hidden;
        public bool Skip;
        public bool SelfClosing;
    }

    /// <summary>An open element inside the root: what its content is filed under, and what closing it does.</summary>
    private readonly record struct Frame(string Name, string? Anchor, SegmentKind Kind, bool Block, bool NamesSection, bool Skipped, bool Foreign);

    /// <summary>One pass over a page: finds the root element (<c>main</c>, else <c>body</c>) and walks what it holds.</summary>
    private sealed class Scan(string html)
    {
        private readonly List<Frame> _open = [];
        private int _position;

        public SegmentCollector Collector { get; } = new();

        public string? DocumentTitle { get; private set; }

        public string? Year { get; private set; }

        public string? Department { get; private set; }

        public bool Skips { get; private set; }

        /// <summary>Walks the first <paramref name="root"/> element; false when the page has none.</summary>
        public bool Read(string root)
        {
            _position = 0;
            var inRoot = false;
            while (_position < html.Length)
            {
                var lt = html.IndexOf('<', _position);
                var textEnd = lt < 0 ? html.Length : lt;
                if (inRoot && textEnd > _position)
                {
                    Text(html.AsSpan(_position, textEnd - _position));
                }

                if (lt < 0)
                {
                    break;
                }

                _position = lt;
                if (!Tag(out var name, out var end, out var attributes))
                {
                    // A '<' that starts no tag is text.
                    if (inRoot)
                    {
                        Text(html.AsSpan(lt, 1));
                    }

                    _position = lt + 1;
                    continue;
                }

                if (name is null)
                {
                    continue;
                }

                if (!inRoot)
                {
                    if (!end && name == "title" && DocumentTitle is null)
                    {
                        DocumentTitle = Decode(RawText(name));
                    }
                    else if (!end && RawTextTags.Contains(name))
                    {
                        RawText(name);
                    }
                    else if (!end && name == root)
                    {
                        inRoot = true;
                        (Year, Department, Skips) = (attributes.Year, attributes.Department, attributes.Skip);
                        if (Skips)
                        {
                            return true;
                        }
                    }

                    continue;
                }

                if (end)
                {
                    if (name == root && !_open.Any(f => f.Name == root))
                    {
                        break;
                    }

                    EndTag(name);
                }
                else
                {
                    StartTag(name, attributes);
                }
            }

            if (!inRoot)
            {
                return false;
            }

            while (_open.Count > 0)
            {
                Pop();
            }

            Collector.Finish();
            return true;
        }

        private bool Skipped => _open.Count > 0 && _open[^1].Skipped;

        private bool Foreign => _open.Count > 0 && _open[^1].Foreign;

        private string? Anchor => _open.Count > 0 ? _open[^1].Anchor : null;

        private SegmentKind Kind => _open.Count > 0 ? _open[^1].Kind : SegmentKind.Body;

        private void Text(ReadOnlySpan<char> text)
        {
            if (!Skipped)
            {
                Collector.Append(text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()).AsSpan() : text, Anchor, Kind);
            }
        }

        private void StartTag(string name, Attributes attributes)
        {
            if (!Foreign)
            {
                CloseImplied(name);
            }

            var skipped = Skipped || InvisibleTags.Contains(name) || attributes.Hidden || attributes.Skip;
            var foreign = Foreign || name is "svg" or "math";
            Frame frame;
            if (skipped)
            {
                frame = new Frame(name, null, SegmentKind.Body, Block: false, NamesSection: false, Skipped: true, foreign);
            }
            else if (InlineTags.Contains(name))
            {
                frame = new Frame(name, Anchor, Kind, Block: false, NamesSection: false, Skipped: false, foreign);
            }
            else
            {
                var anchor = AnchorOf(attributes) ?? Anchor;
                Collector.Break();
                var namesSection = SectionHeadingTags.Contains(name);
                if (namesSection)
                {
                    Collector.Section = null;
                    Collector.StartHeading();
                }

                frame = new Frame(name, anchor, KindOf(name, attributes.Id, Kind), Block: true, namesSection, Skipped: false, foreign);
            }

            _open.Add(frame);
            if (RawTextTags.Contains(name) && !foreign)
            {
                var text = RawText(name);
                if (name is "title" or "textarea")
                {
                    text = Decode(text);
                }

                Text(text);
                Pop();
            }
            else if (VoidTags.Contains(name) || (foreign && attributes.SelfClosing))
            {
                Pop();
            }
        }

        private void EndTag(string name)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Name == name)
                {
                    while (_open.Count > i)
                    {
                        Pop();
                    }

                    return;
                }
            }

            // An end tag with nothing open to end: HTML ignores it, but for </br> and </p>, which make an empty element.
            if (!Foreign && name is "br" or "p")
            {
                StartTag(name, default);
                if (name == "p")
                {
                    Pop();
                }
            }
        }

        /// <summary>The end tags HTML implies before a start tag: an open <c>p</c> before a block, an open list item, cell or row.</summary>
        private void CloseImplied(string name)
        {
            if (ClosesParagraph.Contains(name))
            {
                CloseOpen(n => n == "p", ScopeBoundaries);
            }

            switch (name)
            {
                case "li":
                    CloseOpen(n => n == "li", ListBoundaries);
                    break;
                case "dt" or "dd":
                    CloseOpen(n => n is "dt" or "dd", ListBoundaries);
                    break;
                case "td" or "th":
                    CloseOpen(n => n is "td" or "th", TableBoundaries);
                    break;
                case "tr":
                    CloseOpen(n => n == "tr", TableBoundaries);
                    break;
                case "tbody" or "thead" or "tfoot":
                    CloseOpen(n => n is "tbody" or "thead" or "tfoot", TableBoundaries);
                    break;
                case "option":
                    CloseOpen(n => n == "option", TableBoundaries);
                    break;
            }
        }

        private static readonly FrozenSet<string> ListBoundaries = new[] { "ul", "ol", "dl", "table", "td", "th", "caption", "button", "template" }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> TableBoundaries = new[] { "table", "template", "html" }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Closes the nearest open element that <paramref name="match"/>es (and what is open inside it), unless a boundary comes first.</summary>
        private void CloseOpen(Func<string, bool> match, FrozenSet<string> boundaries)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                var open = _open[i].Name;
                if (match(open))
                {
                    while (_open.Count > i)
                    {
                        Pop();
                    }

                    return;
                }

                if (boundaries.Contains(open))
                {
                    return;
                }
            }
        }

        private void Pop()
        {
            var frame = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (frame.Block)
            {
                Collector.Break();
                if (frame.NamesSection)
                {
                    Collector.Section = Collector.EndHeading();
                }
            }
        }

        /// <summary>An element's id; for a block without one, the id of the heading that labels it (aria-labelledby).</summary>
        private static string? AnchorOf(Attributes attributes)
        {
            if (!string.IsNullOrEmpty(attributes.Id))
            {
                return attributes.Id;
            }

            var label = attributes.LabelledBy;
            return string.IsNullOrWhiteSpace(label) || label.Contains(' ', StringComparison.Ordinal) ? null : label;
        }

        /// <summary>The text of a raw-text element up to its end tag, the position moved past that end tag.</summary>
        private string RawText(string name)
        {
            var start = _position;
            var at = start;
            while (true)
            {
                var close = html.IndexOf("</", at, StringComparison.Ordinal);
                if (close < 0)
                {
                    _position = html.Length;
                    return html[start..];
                }

                var after = close + 2 + name.Length;
                if (after <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (after == html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
                {
                    var gt = html.IndexOf('>', after);
                    _position = gt < 0 ? html.Length : gt + 1;
                    return html[start..close];
                }

                at = close + 2;
            }
        }

        private static string Decode(string text) => text.Contains('&') ? WebUtility.HtmlDecode(text) : text;

        /// <summary>
        /// Reads the markup at the current '<': a start or end tag (name lower-cased), or a comment, doctype or
        /// processing instruction (name null); false when the '<' starts none of these (it is text).
        /// </summary>
        private bool Tag(out string? name, out bool end, out Attributes attributes)
        {
            name = null;
            end = false;
            attributes = default;
            var i = _position + 1;
            if (i >= html.Length)
            {
                return false;
            }

            if (html[i] == '!')
            {
                if (html.AsSpan(i).StartsWith("!--"))
                {
                    var close = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
                    _position = close < 0 ? html.Length : close + 3;
                }
                else
                {
                    var gt = html.IndexOf('>', i);
                    _position = gt < 0 ? html.Length : gt + 1;
                }

                return true;
            }

            if (html[i] == '?')
            {
                var gt = html.IndexOf('>', i);
                _position = gt < 0 ? html.Length : gt + 1;
                return true;
            }

            if (html[i] == '/')
            {
                end = true;
                i++;
            }

            if (i >= html.Length || !char.IsAsciiLetter(html[i]))
            {
                if (end && i < html.Length)
                {
                    // "</>" and "</ …>" are dropped (HTML reads the latter as a comment).
                    var gt = html.IndexOf('>', i);
                    _position = gt < 0 ? html.Length : gt + 1;
                    return true;
                }

                return false;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
            {
                i++;
            }

            name = Lower(html.AsSpan(nameStart, i - nameStart));
            while (i < html.Length)
            {
                var c = html[i];
                if (IsSpace(c))
                {
                    i++;
                    continue;
                }

                if (c == '>')
                {
                    i++;
                    break;
                }

                if (c == '/')
                {
                    i++;
                    attributes.SelfClosing = i < html.Length && html[i] == '>';
                    continue;
                }

                var attributeStart = i;
                i++;
                while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>' and not '=')
                {
                    i++;
                }

                var attribute = html.AsSpan(attributeStart, i - attributeStart);
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                string? value = string.Empty;
                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    while (i < html.Length && IsSpace(html[i]))
                    {
                        i++;
                    }

                    int valueStart, valueEnd;
                    if (i < html.Length && html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        valueStart = i + 1;
                        valueEnd = html.IndexOf(quote, valueStart);
                        valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                        i = Math.Min(html.Length, valueEnd + 1);
                    }
                    else
                    {
                        valueStart = i;
                        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                        {
                            i++;
                        }

                        valueEnd = i;
                    }

                    value = end ? null : Decode(html[valueStart..valueEnd]);
                }

                if (!end)
                {
                    Keep(ref attributes, attribute, value!);
                }
            }

            _position = i;
            return true;
        }

        private static void Keep(ref Attributes attributes, ReadOnlySpan<char> name, string value)
        {
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                attributes.Id ??= value;
            }
            else if (name.Equals("hidden", StringComparison.OrdinalIgnoreCase))
            {
                attributes.Hidden = true;
            }
            else if (name.Equals(SkipAttribute, StringComparison.OrdinalIgnoreCase))
            {
                attributes.Skip = true;
            }
            else if (name.Equals("aria-labelledby", StringComparison.OrdinalIgnoreCase))
            {
                attributes.LabelledBy ??= value;
            }
            else if (name.Equals(YearAttribute, StringComparison.OrdinalIgnoreCase))
            {
                attributes.Year ??= value;
            }
            else if (name.Equals(DepartmentAttribute, StringComparison.OrdinalIgnoreCase))
            {
                attributes.Department ??= value;
            }
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

        /// <summary>A tag name, lower-cased; the common names come back as the same string every time.</summary>
        private static string Lower(ReadOnlySpan<char> name)
        {
            Span<char> lower = stackalloc char[Math.Min(name.Length, 64)];
            if (name.Length > lower.Length)
            {
                return name.ToString().ToLowerInvariant();
            }

            name.ToLowerInvariant(lower);
            return TagNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var known) ? known : lower.ToString();
        }
    }

    private static readonly FrozenSet<string> TagNames = InlineTags.Concat(InvisibleTags).Concat(HeadingTags).Concat(VoidTags)
        .Concat(RawTextTags).Concat(ClosesParagraph).Concat(ScopeBoundaries)
        .Concat(["h1", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "body", "html", "button", "nav", "main", "section", "figure", "colgroup"])
        .ToFrozenSet(StringComparer.Ordinal);
}
