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

    [Theory]
    [InlineData("![图1 支出结构](https://tracker.example/p.png)")]
    [InlineData("![图1 支出结构](HTTP://tracker.example/p.png)")]
    [InlineData("![图1 支出结构](//tracker.example/p.png)")]
    [InlineData("![图1 支出结构](/\\tracker.example/p.png)")]
    [InlineData("![图1 支出结构](ftp://tracker.example/p.png)")]
    [InlineData("![图1 支出结构](javascript:alert(1))")]
    [InlineData("![图1 支出结构][tu]\n\n[tu]: https://tracker.example/p.png")]
    public void An_image_from_another_origin_is_dropped_keeping_its_alt_text(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Equal("<p>图1 支出结构</p>\n", html);
    }

    [Fact]
    public void An_image_of_the_site_itself_stays()
    {
        var html = MarkdownRenderer.ToHtml("![图1](../assets/fig1.png)");

        Assert.Equal("<p><img src=\"../assets/fig1.png\" alt=\"图1\" /></p>\n", html);
    }

    [Fact]
    public void A_link_to_another_origin_stays_a_link()
    {
        var html = MarkdownRenderer.ToHtml("[![图1](https://tracker.example/p.png)](https://example.gov.cn/)");

        Assert.Equal("<p><a href=\"https://example.gov.cn/\">图1</a></p>\n", html);
    }

    [Fact]
    public void A_glossary_term_links_where_the_text_first_uses_it_and_nowhere_inside_a_link_or_heading()
    {
        var terms = new Dictionary<string, string> { ["机关运行经费"] = "../../glossary/#term-a", ["“三公”经费"] = "../../glossary/#term-b" };

        var html = MarkdownRenderer.ToHtml("## 机关运行经费\n\n本年机关运行经费100万元，“三公”经费5万元；机关运行经费比上年增加。\n\n[机关运行经费](https://example.gov.cn/)", [], terms);

        Assert.Equal(
            "<h2>机关运行经费</h2>\n<p>本年<a href=\"../../glossary/#term-a\" class=\"glossary-term\">机关运行经费</a>100万元，<a href=\"../../glossary/#term-b\" class=\"glossary-term\">“三公”经费</a>5万元；机关运行经费比上年增加。</p>\n<p><a href=\"https://example.gov.cn/\">机关运行经费</a></p>\n",
            html);
    }
}
