using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

/// <summary>
/// The index's former reading of a page, over a DOM (AngleSharp): the reference the streamed <see cref="PageTextExtractor"/> is compared with.
/// Reads a rendered page's <c>&lt;main&gt;</c> the way a reader sees it: visible text in document order,
/// cut into segments at block boundaries, each filed under the nearest block ancestor with an id (or
/// labelled by a heading with one) so that a hit deep-links there. Inline elements never cut text, so any run of characters without whitespace
/// that a reader sees lies inside one segment — this is what makes substring search exact.
/// </summary>
public static class DomTextExtractor
{
    // One parser per thread: pages are extracted on several threads and a parser is not documented as thread-safe.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>The page's text, or null when the page is marked to be left out of the index.</summary>
    public static IndexedPage? Extract(string path, string html)
    {
        if (PageTextExtractor.MainTagSkips(html))
        {
            // Source transcripts are a third of a site's HTML: not parsing them at all is the cheapest way to skip them.
            return null;
        }

        // Not disposed: disposing detaches every node one by one (a sixth of the reading time), and nothing else holds
        // the document, so the collector takes it whole.
        var document = Parser.Value!.ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body;
        if (main is null || main.HasAttribute(PageTextExtractor.SkipAttribute))
        {
            return null;
        }

        var collector = new SegmentCollector();
        Walk(main, null, SegmentKind.Body, collector);
        collector.Finish();

        var title = collector.Segments.FirstOrDefault(s => s.Kind == SegmentKind.Title)?.Text
            ?? PageTextExtractor.Collapse(document.Title ?? path);
        var year = int.TryParse(main.GetAttribute(PageTextExtractor.YearAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var department = main.GetAttribute(PageTextExtractor.DepartmentAttribute);
        return new IndexedPage(path, title, string.IsNullOrEmpty(department) ? null : department, year, collector.Segments);
    }

    private static void Walk(IElement element, string? anchor, SegmentKind kind, SegmentCollector collector)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                collector.Append(text.Data, anchor, kind);
            }
            else if (child is IElement e && !PageTextExtractor.InvisibleTags.Contains(e.LocalName) && !e.HasAttribute("hidden") && !e.HasAttribute(PageTextExtractor.SkipAttribute))
            {
                if (PageTextExtractor.InlineTags.Contains(e.LocalName))
                {
                    Walk(e, anchor, kind, collector);
                    continue;
                }

                var childAnchor = AnchorOf(e) ?? anchor;
                collector.Break();
                var namesSection = PageTextExtractor.SectionHeadingTags.Contains(e.LocalName);
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
        _ when PageTextExtractor.HeadingTags.Contains(element.LocalName) => SegmentKind.Heading,
        "tr" when !string.IsNullOrEmpty(element.Id) => SegmentKind.Row,
        "td" or "th" when !string.IsNullOrEmpty(element.Id) && inherited == SegmentKind.Body => SegmentKind.Row,
        _ => inherited,
    };

}
