using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

public sealed class PageTextExtractorTests
{
    private const string Report = """
        <!DOCTYPE html><html><head><title>页标题</title><script>var 脚本 = 1;</script></head><body>
        <header><nav>网站导航</nav></header>
        <main id="main" data-department="测试市机关事务局" data-year="2023">
        <header id="summary"><h1>测试市机关事务局2023年度部门决算</h1></header>
        <section id="t02"><h3>公开02表 收入决算表</h3>
        <table><tr id="t02-2010301"><td>2010301</td><th class="name">行政<span>运行</span></th><td>721.32</td></tr></table>
        </section>
        <section id="sangong"><h4>三公经费</h4><p>公务<em>接待</em>费支出1.42万元。</p><p hidden>看不见</p><p>第二段</p></section>
        <section aria-labelledby="stated-heading"><h2 id="stated-heading">报告正文所述主要数字</h2><dl><dt>公务接待费</dt><dd>334.11 万元</dd></dl></section>
        </main><footer>页脚文字</footer></body></html>
        """;

    [Fact]
    public void Text_is_filed_under_the_nearest_anchored_block_with_its_kind()
    {
        var page = PageTextExtractor.Extract("ceshi/2023/", Report)!;

        Assert.Equal(
            [
                new TextSegment("summary", SegmentKind.Title, "测试市机关事务局2023年度部门决算"),
                new TextSegment("t02", SegmentKind.Heading, "公开02表 收入决算表"),
                new TextSegment("t02-2010301", SegmentKind.Row, "2010301 行政运行 721.32", "公开02表 收入决算表"),
                new TextSegment("sangong", SegmentKind.Heading, "三公经费"),
                new TextSegment("sangong", SegmentKind.Body, "公务接待费支出1.42万元。 第二段", "三公经费"),
                new TextSegment("stated-heading", SegmentKind.Heading, "报告正文所述主要数字 公务接待费"),
                new TextSegment("stated-heading", SegmentKind.Body, "334.11 万元", "报告正文所述主要数字"),
            ],
            page.Segments);
    }

    [Fact]
    public void Inline_elements_do_not_cut_words_so_a_phrase_across_them_is_one_run()
    {
        var page = PageTextExtractor.Extract("ceshi/2023/", Report)!;

        Assert.Contains(page.Segments, s => s.Text.Contains("公务接待费", StringComparison.Ordinal));
        Assert.Contains(page.Segments, s => s.Text.Contains("行政运行", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_visible_main_content_is_read()
    {
        var text = string.Join("|", PageTextExtractor.Extract("ceshi/2023/", Report)!.Segments.Select(s => s.Text));

        Assert.DoesNotContain("网站导航", text);
        Assert.DoesNotContain("页脚文字", text);
        Assert.DoesNotContain("脚本", text);
        Assert.DoesNotContain("看不见", text);
    }

    [Fact]
    public void The_page_has_its_h1_as_title_and_the_main_elements_department_and_year()
    {
        var page = PageTextExtractor.Extract("ceshi/2023/", Report)!;

        Assert.Equal(("ceshi/2023/", "测试市机关事务局2023年度部门决算", "测试市机关事务局", 2023), (page.Path, page.Title, page.Department, page.Year));
    }

    [Fact]
    public void A_page_marked_to_skip_is_not_indexed()
    {
        Assert.Null(PageTextExtractor.Extract("ceshi/2023/source/", "<html><body><main id=\"main\" data-search-skip><p>原文</p></main></body></html>"));
    }

    [Fact]
    public void An_element_marked_to_skip_is_left_out_and_the_rest_of_the_page_is_indexed()
    {
        var page = PageTextExtractor.Extract("classification/function/2010301/", "<html><body><main id=\"main\"><h1>2010301 行政运行</h1><table data-search-skip><tr><td>甲局</td><td>3865.52</td></tr></table><p>说明文字</p></main></body></html>")!;

        Assert.Equal(["2010301 行政运行", "说明文字"], page.Segments.Select(s => s.Text));
    }
}
