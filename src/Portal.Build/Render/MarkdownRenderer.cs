using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
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

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
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
