using System.Text;
using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

public sealed class PageReadingsTests
{
    private const string Html = "<html><body><main><h1>测试市机关事务局2023年度部门决算</h1><p>一般公共预算财政拨款支出</p></main></body></html>";

    private static readonly PreparedPage Reading = SearchIndexBuilder.Prepare("ceshi/2023/", Html)!;

    [Fact]
    public void A_page_rendered_again_to_the_same_bytes_reuses_its_reading()
    {
        var readings = new PageReadings();
        readings.Remember("ceshi/2023/", Encoding.UTF8.GetBytes(Html), Reading);

        Assert.True(readings.TryGet("ceshi/2023/", Encoding.UTF8.GetBytes(Html), out var page));
        Assert.Same(Reading, page);
    }

    [Fact]
    public void A_page_whose_bytes_changed_or_another_path_is_read_again()
    {
        var readings = new PageReadings();
        readings.Remember("ceshi/2023/", Encoding.UTF8.GetBytes(Html), Reading);

        Assert.False(readings.TryGet("ceshi/2023/", Encoding.UTF8.GetBytes(Html.Replace("2023", "2024", StringComparison.Ordinal)), out _));
        Assert.False(readings.TryGet("other/2023/", Encoding.UTF8.GetBytes(Html), out _));
    }

    [Fact]
    public void An_index_file_kept_compressed_is_the_bytes_a_one_off_build_writes_and_is_compressed_once()
    {
        var compressed = new CompressedIndexFiles();
        var writes = 0;
        void Shard(System.Text.Json.Utf8JsonWriter json)
        {
            writes++;
            json.WriteStartObject();
            json.WriteStartArray("机关");
            json.WriteNumberValue(3);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        var oneOff = SearchIndexFiles.Write(Shard);
        var first = SearchIndexFiles.Write(SearchIndexFiles.Shard(0), compressed, Shard);
        var second = SearchIndexFiles.Write(SearchIndexFiles.Shard(0), compressed, Shard);

        Assert.Equal(oneOff, first);
        Assert.Same(first, second);
        Assert.Equal(3, writes);
    }
}
