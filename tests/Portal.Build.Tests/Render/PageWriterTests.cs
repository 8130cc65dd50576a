using System.Text;
using Portal.Build.Render;

namespace Portal.Build.Tests.Render;

public sealed class PageWriterTests
{
    /// <summary>What rendering to a string, <see cref="CharacterReferences.Unescape"/> and UTF-8 gave: the writer must give the same bytes.</summary>
    private static byte[] Expected(string html) => new UTF8Encoding(false).GetBytes(CharacterReferences.Unescape(html));

    private static byte[] Written(string html, params int[] cuts)
    {
        using var writer = new PageWriter();
        var at = 0;
        foreach (var cut in cuts.Append(html.Length))
        {
            writer.Write(html.AsSpan(at, cut - at));
            at = cut;
        }

        return writer.ToArray();
    }

    [Theory]
    [InlineData("攀枝花市&#x3000;机关事务&#xA;服务中心", "攀枝花市\u3000机关事务\n服务中心")]
    [InlineData("a&#x2B;b", "a+b")]
    [InlineData("&#x3C;script&#x3E; &#x26; &#x22; &#x27;", "&#x3C;script&#x3E; &#x26; &#x22; &#x27;")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("&#xD800; &#x110000; &#x1; &#x7F;", "&#xD800; &#x110000; &#x1; &#x7F;")]
    [InlineData("&#x1234567; &#X41; &#x; &#x41 &&#x41; &amp;#x41;", "&#x1234567; &#X41; &#x; &#x41 &A &amp;#x41;")]
    [InlineData("ends in &#x4", "ends in &#x4")]
    public void References_become_characters_as_the_regex_made_them(string html, string text)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(text), Written(html));
        Assert.Equal(Expected(html), Written(html));
    }

    [Fact]
    public void A_reference_or_a_surrogate_pair_split_between_two_writes_comes_out_whole()
    {
        const string html = "部门&#x3000;决算😀表&#x26;";
        for (var cut = 0; cut <= html.Length; cut++)
        {
            Assert.Equal(Expected(html), Written(html, cut));
        }
    }

    [Fact]
    public void A_page_larger_than_a_block_is_written_byte_for_byte_however_it_is_cut()
    {
        var random = new Random(17);
        var pieces = new[] { "一般公共预算财政拨款", "&#x3000;", "&#xA;", "<td class=\"n\">", "1,234.56", "&#x3C;", "😀", "&", "&#x", "&#x4E00;", ";" };
        var html = string.Concat(Enumerable.Range(0, 20_000).Select(_ => pieces[random.Next(pieces.Length)]));
        var cuts = Enumerable.Range(0, 500).Select(_ => random.Next(html.Length)).Order().Distinct().ToArray();

        Assert.True(Expected(html).Length > 64 * 1024);
        Assert.Equal(Expected(html), Written(html, cuts));
    }

    [Fact]
    public async Task Razors_asynchronous_writes_are_done_before_they_return_and_give_the_same_bytes()
    {
        using var writer = new PageWriter();

        var writes = new[]
        {
            writer.WriteAsync("部门&#x3000;"),
            writer.WriteAsync('决'),
            writer.WriteAsync("算表&#x".ToCharArray(), 0, 5),
            writer.WriteAsync("3000;".AsMemory()),
            writer.FlushAsync(),
        };

        // Completed on return: TextWriter's default queues each write on the thread pool, a Task per write.
        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        await Task.WhenAll(writes);
        Assert.Equal(Expected("部门&#x3000;决算表&#x3000;"), writer.ToArray());
    }
}
