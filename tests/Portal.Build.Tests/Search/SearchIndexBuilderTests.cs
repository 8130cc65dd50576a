using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static string Page(string department, int year, string body) =>
        $"<html><body><main id=\"main\" data-department=\"{department}\" data-year=\"{year}\"><h1>{department}{year}年度部门决算</h1>{body}</main></body></html>";

    private static IndexFiles Build(params (string Path, string Html)[] pages)
    {
        var builder = new SearchIndexBuilder();
        foreach (var (path, html) in pages)
        {
            builder.Add(path, html);
        }

        return new IndexFiles(builder.Finish());
    }

    private static readonly (string, string)[] TwoReports =
    [
        ("a/2023/", Page("甲市机关事务局", 2023, "<section id=\"sangong\"><h3>三公经费</h3><p>公务接待费支出1.42万元。</p></section><table><tr id=\"t02-2010301\"><td>2010301</td><th>行政运行</th></tr></table>")),
        ("b/2022/", Page("乙市财政局", 2022, "<section id=\"operating-costs\"><p>机关运行经费支出20万元，公务接待从严。</p></section>")),
    ];

    [Fact]
    public void Every_key_is_in_the_shard_its_hash_names_and_nowhere_else()
    {
        var index = Build(TwoReports);

        for (var shard = 0; shard < index.Shards; shard++)
        {
            foreach (var key in index.Read(SearchIndexFiles.Shard(shard)).EnumerateObject().Select(p => p.Name))
            {
                Assert.Equal(shard, ShardHash.ShardOf(key, index.Shards));
            }
        }

        Assert.Equal(index.Shards, index.Paths.Count(p => p.StartsWith("search/k/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Postings_lead_to_the_segment_that_holds_the_key_with_its_anchor()
    {
        var index = Build(TwoReports);

        var handles = index.Postings("接待");

        Assert.Equal(2, handles.Count);
        Assert.Equal(("sangong", "公务接待费支出1.42万元。"), index.Segment(handles[0]));
        Assert.Equal(("operating-costs", "机关运行经费支出20万元，公务接待从严。"), index.Segment(handles[1]));
    }

    [Fact]
    public void A_chunk_writes_a_section_heading_once_for_the_rows_under_it()
    {
        var rows = string.Concat(Enumerable.Range(1, 3).Select(i => $"<tr id=\"t02-{i}\"><td>{i}</td><th>科目{i}</th></tr>"));
        var index = Build(("a/", Page("甲", 2023, $"<section id=\"t02\"><h3>公开02表 收入决算表</h3><table>{rows}</table></section>")));

        var chunk = index.Read(SearchIndexFiles.Chunk(0, 0)).EnumerateArray().Select(e => e.EnumerateArray().Select(v => v.GetString()!).ToArray()).ToArray();

        Assert.Equal(["t02-1", "1 科目1", "公开02表 收入决算表"], chunk[2]);
        Assert.Equal(["t02-2", "2 科目2"], chunk[3]);
    }

    [Fact]
    public void A_handle_carries_its_page_and_its_kind_so_title_and_row_hits_rank_before_text()
    {
        var index = Build(TwoReports);

        Assert.Equal(SegmentKind.Title, SegmentHandle.Unpack(index.Postings("甲市").Single()).Kind);
        Assert.Equal(SegmentKind.Row, SegmentHandle.Unpack(index.Postings("2010301").Single()).Kind);
        Assert.Equal(SegmentKind.Body, SegmentHandle.Unpack(index.Postings("接待")[0]).Kind);
        Assert.Equal([0, 1], index.Postings("支出").Select(h => SegmentHandle.Unpack(h).Page));
    }

    [Fact]
    public void The_page_table_has_path_title_department_and_year()
    {
        var pages = Build(TwoReports).Pages;

        Assert.Equal(["乙市财政局", "甲市机关事务局"], pages.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        var first = pages.GetProperty("pages")[0];
        Assert.Equal(("a/2023/", "甲市机关事务局2023年度部门决算", 1, 2023), (first[0].GetString(), first[1].GetString(), first[2].GetInt32(), first[3].GetInt32()));
    }

    [Fact]
    public void Substrings_codes_and_single_characters_find_their_pages_and_only_those()
    {
        var index = Build(TwoReports);

        Assert.Equal(["a/2023/", "b/2022/"], index.Search("公务接待").Order());
        Assert.Equal(["b/2022/"], index.Search("机关运行经费"));
        Assert.Equal(["a/2023/"], index.Search("20103"));
        Assert.Equal(["b/2022/"], index.Search("严"));
        Assert.Empty(index.Search("接待费用"));
    }

    [Fact]
    public void Shard_count_grows_with_the_postings_in_powers_of_two()
    {
        var small = new SearchIndexBuilder();
        small.Add("a/", TwoReports[0].Item2);
        var large = new SearchIndexBuilder();
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p id=\"p{i}\">第{i}段 {(char)(0x4e00 + (i * 7 % 5000))}{(char)(0x4e00 + (i * 13 % 5000))}{(char)(0x4e00 + (i * 17 % 5000))}</p>"));
        for (var p = 0; p < 20; p++)
        {
            large.Add($"p{p}/", Page("丙", 2020, text));
        }

        Assert.Equal(8, small.ShardCount());
        Assert.True(large.ShardCount() > 8 && int.IsPow2(large.ShardCount()), $"{large.ShardCount()} shards");
    }

    [Fact]
    public void A_page_with_more_segments_than_a_handle_can_number_keeps_every_word_findable()
    {
        var items = string.Concat(Enumerable.Range(1, SegmentHandle.MaxSegmentsPerPage + 10).Select(i => $"<p id=\"p{i}\">条目{i}号</p>"));
        var index = Build(("home/", Page("甲", 2023, items)));

        var last = index.Postings($"{SegmentHandle.MaxSegmentsPerPage + 10}");
        Assert.Single(last);
        Assert.Contains($"条目{SegmentHandle.MaxSegmentsPerPage + 10}号", index.Segment(last[0]).Text);
        Assert.Equal(SegmentHandle.MaxSegmentsPerPage - 1, SegmentHandle.Unpack(last[0]).Segment);
    }

    [Fact]
    public void Postings_written_out_of_memory_in_runs_give_the_same_index_file_for_file_as_postings_held_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p id=\"p{i}\">第{i}段 {(char)(0x4e00 + (i * 7 % 5000))}{(char)(0x4e00 + (i * 13 % 5000))} 支出{i * 37 % 1000}.{i % 100:00}万元</p>"));
        (string Path, string Html)[] pages = [.. TwoReports, .. Enumerable.Range(0, 20).Select(p => ($"p{p}/", Page("丙", 2020 + (p % 3), text)))];
        var held = new SearchIndexBuilder { HeldBytes = long.MaxValue };
        // Written out after every page: each key's postings come from up to 22 runs.
        var spilled = new SearchIndexBuilder { HeldBytes = 1 };
        foreach (var (path, html) in pages)
        {
            held.Add(path, html);
            spilled.Add(path, html);
        }

        Assert.Equal(0, held.Runs);
        Assert.Equal(pages.Length, spilled.Runs);
        Assert.True(held.ShardCount() > 8, $"{held.ShardCount()} shards: too few to see the shards' order");
        Assert.Equal(held.ShardCount(), spilled.ShardCount());
        var whole = held.Finish().ToDictionary(f => f.OutputPath, f => f.Content);
        var fromRuns = spilled.Finish().ToDictionary(f => f.OutputPath, f => f.Content);
        Assert.Equal(whole.Keys.Order(StringComparer.Ordinal), fromRuns.Keys.Order(StringComparer.Ordinal));
        Assert.All(whole, file => Assert.True(file.Value.AsSpan().SequenceEqual(fromRuns[file.Key]), file.Key));
    }
}
