using Portal.Build.Render;

namespace Portal.Build.Tests.Render;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_in_markdown_is_escaped_not_rendered()
    {
        var html = MarkdownRenderer.ToHtml("负责<script>alert(1)</script>工作");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[点我](javascript:alert(1))")]
    [InlineData("[点我](JavaScript:alert(1))")]
    [InlineData("[点我](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_that_run_code_are_dropped_keeping_their_text(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void Ordinary_links_stay_and_chinese_text_is_literal()
    {
        var html = MarkdownRenderer.ToHtml("见[政府采购](https://example.gov.cn/cg)说明。");

        Assert.Contains("<a href=\"https://example.gov.cn/cg\">政府采购</a>", html);
        Assert.DoesNotContain("&#", html);
    }
}
