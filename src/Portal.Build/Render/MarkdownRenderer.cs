using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Build.Render;

/// <summary>
/// Markdown → HTML for narrative text. Raw HTML is disabled and links whose scheme could run code
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) are dropped, keeping their text.
/// The pipeline is immutable and built once.
/// </summary>
public static class MarkdownRenderer
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
            if (IsUnsafe(link.Url))
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

    private static void Unwrap(LinkInline link)
    {
        var parent = link.Parent!;
        if (link.IsImage)
        {
            link.Remove();
            return;
        }

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
