using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Build.Render;

/// <summary>
/// Markdown → HTML for narrative text. Raw HTML is disabled and links whose scheme could run code
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) are dropped, keeping their text. Images from another
/// origin (any URL with a scheme, or protocol-relative <c>//host/…</c>) are dropped too, keeping their alt text:
/// no page loads anything from another origin, so opening a report tells no third party who read it.
/// The pipeline is immutable and built once.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .Build();

    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>
    /// Whether <see cref="ToHtml"/> can render the text: Markdig refuses input nested past its depth limit (128) by
    /// throwing, which the validate stage turns into an error at the body instead of a failed build.
    /// </summary>
    public static bool CanRender(string markdown)
    {
        try
        {
            Markdown.Parse(markdown, Pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static string ToHtml(string markdown) => ToHtml(markdown, []);

    /// <summary>
    /// Markdown → HTML with some lines marked: the block holding each marked line (0-based, the line of
    /// <paramref name="markdown"/>) gets the mark's id, class and <c>data-finding</c>, and the mark's HTML at its end.
    /// With <paramref name="terms"/> (a term → its link), the first place the text uses each term, outside a link or
    /// heading, links to it: a report's 名词解释 terms link to the site glossary where the report uses them.
    /// </summary>
    public static string ToHtml(string markdown, IReadOnlyList<LineMark> marks, IReadOnlyDictionary<string, string>? terms = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (terms is { Count: > 0 })
        {
            LinkTerms(document, terms);
        }

        if (marks.Count > 0)
        {
            Mark(document, markdown, marks);
        }

        foreach (var link in document.Descendants<LinkInline>().ToArray())
        {
            if (IsUnsafe(link.Url) || (link.IsImage && IsOtherOrigin(link.Url)))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToArray())
        {
            if (IsUnsafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Mark(MarkdownDocument document, string markdown, IReadOnlyList<LineMark> marks)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int LineAt(int position) => Math.Max(0, lineStarts.BinarySearch(position) is var at && at >= 0 ? at : ~at - 1);
        var leaves = document.Descendants<LeafBlock>().ToArray();
        foreach (var group in marks.GroupBy(m => leaves.FirstOrDefault(b => LineAt(b.Span.Start) <= m.Line && m.Line <= LineAt(Math.Max(b.Span.Start, b.Span.End)))))
        {
            if (group.Key is not { } leaf)
            {
                continue;
            }

            // A tight list writes its paragraphs without <p>: the list item carries the attributes then.
            Block holder = leaf is ParagraphBlock && leaf.Parent is ListItemBlock item ? item : leaf;
            var attributes = holder.GetAttributes();
            var first = group.First();
            attributes.Id = first.Id;
            attributes.AddClass(first.Class);
            attributes.AddProperty("data-finding", string.Join(' ', group.Select(m => m.DataFinding)));
            if (leaf.Inline is { } inline)
            {
                // Other flagged lines of the same paragraph keep an anchor of their own, at the paragraph's start.
                foreach (var other in group.Skip(1).Where(m => m.Id != first.Id))
                {
                    var anchor = new HtmlInline($"<span id=\"{other.Id}\"></span>");
                    if (inline.FirstChild is { } head)
                    {
                        head.InsertBefore(anchor);
                    }
                    else
                    {
                        inline.AppendChild(anchor);
                    }
                }

                foreach (var mark in group)
                {
                    inline.AppendChild(new HtmlInline(mark.Html));
                }
            }
        }
    }

    private static bool IsUnsafe(string? url)
    {
        if (url is null)
        {
            return false;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        var squeezed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return UnsafeSchemes.Any(s => squeezed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a URL leaves the site: it has a scheme (https:, ftp:, file: …) or starts with two slashes, which
    /// browsers read as "same scheme, other host" — backslashes included, as browsers treat them like slashes.
    /// </summary>
    private static bool IsOtherOrigin(string? url)
    {
        if (url is null)
        {
            return false;
        }

        var squeezed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return (squeezed.Length >= 2 && squeezed[0] is '/' or '\\' && squeezed[1] is '/' or '\\') || Scheme().IsMatch(squeezed);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    /// <summary>Longest terms first, so "“三公”经费财政拨款支出" is linked whole before "“三公”经费".</summary>
    private static void LinkTerms(MarkdownDocument document, IReadOnlyDictionary<string, string> terms)
    {
        var ordered = terms.Keys.Where(t => t.Length >= 2).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var literals = document.Descendants<LiteralInline>()
            .Where(l => !l.FindParentOfType<LinkInline>().Any() && l.Parent?.ParentBlock is not HeadingBlock)
            .ToArray();
        foreach (var literal in literals)
        {
            var text = literal.Content.ToString();
            var pieces = new List<Inline>();
            var from = 0;
            while (true)
            {
                // A term is linked once per text, at its first use: a reader who wants the definition finds it there,
                // and a paragraph is not turned into a row of links.
                var found = ordered.Where(t => !linked.Contains(t)).Select(t => (Term: t, At: text.IndexOf(t, from, StringComparison.Ordinal)))
                    .Where(p => p.At >= 0).OrderBy(p => p.At).ThenByDescending(p => p.Term.Length).FirstOrDefault();
                if (found.Term is null)
                {
                    break;
                }

                linked.Add(found.Term);
                if (found.At > from)
                {
                    pieces.Add(new LiteralInline(text[from..found.At]));
                }

                var link = new LinkInline(terms[found.Term], string.Empty);
                link.GetAttributes().AddClass("glossary-term");
                link.AppendChild(new LiteralInline(found.Term));
                pieces.Add(link);
                from = found.At + found.Term.Length;
            }

            if (pieces.Count == 0)
            {
                continue;
            }

            if (from < text.Length)
            {
                pieces.Add(new LiteralInline(text[from..]));
            }

            foreach (var piece in pieces)
            {
                literal.InsertBefore(piece);
            }

            literal.Remove();
        }
    }

    /// <summary>Replaces a link or image by what it shows: a link's text, an image's alt text.</summary>
    private static void Unwrap(LinkInline link)
    {
        var parent = link.Parent!;
        var children = link.ToArray();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
        _ = parent;
    }
}

/// <summary>A marked line of a Markdown text: the id, class and <c>data-finding</c> of its block, and HTML to end it with.</summary>
public sealed record LineMark(int Line, string Id, string Class, string DataFinding, string Html);
