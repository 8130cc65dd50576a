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
    /// <summary>Marks a page's main element to keep it out of the index (verbatim source transcripts, the search page).</summary>
    public const string SkipAttribute = "data-search-skip";

    public const string DepartmentAttribute = "data-department";

    public const string YearAttribute = "data-year";

    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private static readonly HashSet<string> InvisibleTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "head", "title",
    };

    /// <summary>Headings whose text names the rows and paragraphs after them (a result shows it).</summary>
    private static readonly HashSet<string> SectionHeadingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "h2", "h3", "h4", "h5", "h6", "caption",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "figcaption",
    };

    /// <summary>The page's text, or null when the page is marked to be left out of the index.</summary>
    public static IndexedPage? Extract(string path, string html)
    {
        using var document = Parser.ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body;
        if (main is null || main.HasAttribute(SkipAttribute))
        {
            return null;
        }

        var collector = new Collector();
        Walk(main, null, SegmentKind.Body, collector);
        collector.Break();

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
            else if (child is IElement e && !InvisibleTags.Contains(e.LocalName) && !e.HasAttribute("hidden"))
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
                }

                Walk(e, childAnchor, KindOf(e, kind), collector);
                collector.Break();
                if (namesSection)
                {
                    collector.Section = Collapse(e.TextContent);
                }
            }
        }
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

    /// <summary>Gathers text between block boundaries; neighbouring runs with the same anchor and kind merge.</summary>
    private sealed class Collector
    {
        private readonly StringBuilder _run = new();
        private string? _anchor;
        private SegmentKind _kind;

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
        }

        public void Break()
        {
            var text = Collapse(_run.ToString());
            _run.Clear();
            if (text.Length == 0)
            {
                return;
            }

            if (Segments.Count > 0 && Segments[^1] is var last && last.Anchor == _anchor && last.Kind == _kind)
            {
                Segments[^1] = last with { Text = last.Text + " " + text };
            }
            else
            {
                Segments.Add(new TextSegment(_anchor, _kind, text, _kind == SegmentKind.Title ? null : Section));
            }
        }
    }
}
