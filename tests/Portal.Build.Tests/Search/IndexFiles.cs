using System.IO.Compression;
using System.Text.Json;
using Portal.Build.Modeling;
using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

/// <summary>Reads a built index the way search.js does: shards by key hash, handles by delta, text by chunk.</summary>
internal sealed class IndexFiles(IEnumerable<GeneratedFile> files)
{
    private readonly Dictionary<string, byte[]> _files = files.ToDictionary(f => f.OutputPath, f => f.Content);

    public JsonElement Pages => Read(SearchIndexFiles.PagesFile);

    public int Shards => Pages.GetProperty("shards").GetInt32();

    public IEnumerable<string> Paths => _files.Keys;

    public JsonElement Read(string path)
    {
        using var gzip = new GZipStream(new MemoryStream(_files[path]), CompressionMode.Decompress);
        return JsonDocument.Parse(gzip).RootElement.Clone();
    }

    public IReadOnlyList<int> Postings(string key)
    {
        if (!Read(SearchIndexFiles.Shard(ShardHash.ShardOf(key, Shards))).TryGetProperty(key, out var deltas))
        {
            return [];
        }

        var sum = 0;
        return deltas.EnumerateArray().Select(d => sum += d.GetInt32()).ToArray();
    }

    public (string Anchor, string Text) Segment(int handle)
    {
        var (page, segment, _) = SegmentHandle.Unpack(handle);
        var entry = Read(SearchIndexFiles.Chunk(page, segment / SearchIndexBuilder.ChunkSize))[segment % SearchIndexBuilder.ChunkSize];
        return (entry[0].GetString()!, entry[1].GetString()!);
    }

    /// <summary>Page paths whose segments contain the query: candidates from the postings, checked against the text.</summary>
    public IReadOnlySet<string> Search(string query)
    {
        var candidates = SearchKeys.OfQuery(query).Select(Postings).Aggregate((a, b) => a.Intersect(b).ToArray());
        var folded = SearchKeys.Fold(query);
        var pages = Pages.GetProperty("pages");
        return candidates
            .Where(h => SearchKeys.Fold(Segment(h).Text).Contains(folded, StringComparison.Ordinal))
            .Select(h => pages[SegmentHandle.Unpack(h).Page][0].GetString()!)
            .ToHashSet();
    }
}
