using Portal.Build.Pipeline;
using Portal.Build.Search;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Search;

/// <summary>
/// The index reads pages as a stream of tags (<see cref="PageTextExtractor"/>); a DOM reading of the same HTML
/// (<see cref="DomTextExtractor"/>, what the index used before) must give the same page, segment for segment, for every
/// page Portal builds.
/// </summary>
public sealed class StreamedReadingTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public void Every_page_of_the_sample_site_reads_as_the_dom_reads_it()
    {
        var compared = CompareEvery(site.Output);

        Assert.True(compared > 100, $"only {compared} pages were compared");
    }

    [Fact]
    public void Every_page_of_a_generated_corpus_reads_as_the_dom_reads_it()
    {
        using var corpus = new CorpusSite(12);
        var result = new BuildPipeline(corpus.Config()).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var compared = CompareEvery(Path.Combine(corpus.Root, "public"));

        Assert.True(compared > 30, $"only {compared} pages were compared");
    }

    [Fact]
    public void Implied_end_tags_and_character_references_read_as_in_the_dom()
    {
        const string Html = """
            <html><head><title> 标题 &amp; 副题 </title></head><body><main data-year="2023" data-department="甲&amp;乙">
            <p id="a">段一<div id="b">块</div>尾</p><ul><li id="c">一<li>二<ul><li>三</ul></ul>
            <table><tr id="r1"><td>1<td id="x">2<tr><th>三</table><dl><dt>词<dd>义&nbsp;解 &lt;注&gt;</dl>
            <p>行<br>断</p></br><svg><title>图</title><path d="M0"/></svg><p>末 &#x4e00; &#19968;</p></main></body></html>
            """;

        AssertSame("x/", Html);
    }

    private static int CompareEvery(string output)
    {
        var compared = 0;
        foreach (var file in Directory.GetFiles(output, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
            AssertSame(path, File.ReadAllText(file));
            compared++;
        }

        return compared;
    }

    private static void AssertSame(string path, string html)
    {
        var expected = DomTextExtractor.Extract(path, html);
        var actual = PageTextExtractor.Extract(path, html);
        if (expected is null)
        {
            Assert.True(actual is null, $"{path}: the DOM reading leaves the page out, the streamed one does not");
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal((expected.Path, expected.Title, expected.Department, expected.Year), (actual.Path, actual.Title, actual.Department, actual.Year));
        for (var i = 0; i < Math.Min(expected.Segments.Count, actual.Segments.Count); i++)
        {
            Assert.True(expected.Segments[i] == actual.Segments[i], $"{path}: segment {i}\n expected {expected.Segments[i]}\n   actual {actual.Segments[i]}");
        }

        Assert.Equal(expected.Segments.Count, actual.Segments.Count);
    }
}
