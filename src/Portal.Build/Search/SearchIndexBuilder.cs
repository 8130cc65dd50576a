using System.Numerics;
using Portal.Build.Modeling;

namespace Portal.Build.Search;

/// <summary>
/// Builds the site search index from rendered pages, one page at a time (<see cref="Add"/>), so pages
/// can be streamed; <see cref="Finish"/> writes the postings. Files, all under <c>search/</c>:
/// <list type="bullet">
/// <item><c>pages.bin</c>: shard count, departments, and per page its path, title, department, year.</item>
/// <item><c>k/N.bin</c>: postings, key → ascending segment handles (delta-coded), keys spread over shards
/// by <see cref="ShardHash"/> so a query fetches only the shards of its own keys.</item>
/// <item><c>t/P-C.bin</c>: page P's segments C×16 … C×16+15 as [anchor, text, section heading if it changed],
/// fetched to verify a candidate and show its snippet, only for the results on screen.</item>
/// </list>
/// </summary>
public sealed class SearchIndexBuilder
{
    public const int ChunkSize = 16;

    /// <summary>Raw postings bytes per shard aimed for; gzip makes a shard about a third of this.</summary>
    public const int TargetShardBytes = 12 * 1024;

    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<IndexedPage> _pages = [];
    private readonly List<GeneratedFile> _chunks = [];

    public int PageCount => _pages.Count;

    /// <summary>Indexes one rendered page at its site-relative folder (<c>slug/2023/</c>); false when the page opts out.</summary>
    public bool Add(string path, string html)
    {
        var page = PageTextExtractor.Extract(path, html);
        if (page is null)
        {
            return false;
        }

        var number = _pages.Count;
        // Only the page's facets are kept: its text goes out at once as chunk files.
        _pages.Add(page with { Segments = [] });
        for (var s = 0; s < page.Segments.Count; s++)
        {
            var segment = page.Segments[s];
            var handle = SegmentHandle.Pack(number, s, segment.Kind);
            foreach (var key in SearchKeys.OfText(segment.Text))
            {
                if (!_postings.TryGetValue(key, out var list))
                {
                    _postings[key] = list = [];
                }

                list.Add(handle);
            }
        }

        for (var c = 0; c * ChunkSize < page.Segments.Count; c++)
        {
            var slice = page.Segments.Skip(c * ChunkSize).Take(ChunkSize);
            _chunks.Add(new GeneratedFile(SearchIndexFiles.Chunk(number, c), SearchIndexFiles.Write(json =>
            {
                json.WriteStartArray();
                string? section = null;
                foreach (var segment in slice)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(segment.Anchor ?? string.Empty);
                    json.WriteStringValue(segment.Text);
                    // The section heading only where it changes within the chunk: rows of one table share it.
                    if (segment.Section != section)
                    {
                        json.WriteStringValue(segment.Section ?? string.Empty);
                        section = segment.Section;
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            })));
        }

        return true;
    }

    public IReadOnlyList<GeneratedFile> Finish()
    {
        var shards = ShardCount();
        var files = new List<GeneratedFile> { new(SearchIndexFiles.PagesFile, PagesTable(shards)) };
        var byShard = _postings.Keys
            .GroupBy(k => ShardHash.ShardOf(k, shards))
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        for (var shard = 0; shard < shards; shard++)
        {
            var keys = byShard.GetValueOrDefault(shard, []);
            files.Add(new GeneratedFile(SearchIndexFiles.Shard(shard), SearchIndexFiles.Write(json =>
            {
                json.WriteStartObject();
                foreach (var key in keys)
                {
                    json.WriteStartArray(key);
                    var previous = 0;
                    foreach (var handle in _postings[key])
                    {
                        json.WriteNumberValue(handle - previous);
                        previous = handle;
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            })));
        }

        files.AddRange(_chunks);
        return files;
    }

    /// <summary>A power of two (the modulus spreads keys evenly) giving shards near the target size.</summary>
    internal int ShardCount()
    {
        long bytes = 0;
        foreach (var (key, list) in _postings)
        {
            bytes += (key.Length * 3) + 4 + (list.Count * 3L);
        }

        var wanted = (ulong)Math.Max(1, bytes / TargetShardBytes);
        return (int)Math.Clamp(BitOperations.RoundUpToPowerOf2(wanted), 8UL, 1UL << 16);
    }

    private byte[] PagesTable(int shards)
    {
        var departments = _pages.Select(p => p.Department).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return SearchIndexFiles.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteNumber("shards", shards);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartArray("departments");
            departments.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("pages");
            foreach (var page in _pages)
            {
                json.WriteStartArray();
                json.WriteStringValue(page.Path);
                json.WriteStringValue(page.Title);
                json.WriteNumberValue(page.Department is null ? -1 : departments.IndexOf(page.Department));
                json.WriteNumberValue(page.Year ?? 0);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
