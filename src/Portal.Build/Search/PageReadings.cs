using Portal.Build.Incremental;
using Portal.Build.Modeling;

namespace Portal.Build.Search;

/// <summary>
/// What <c>portal serve</c> remembers of each page's reading for the index between rebuilds, by the page's path and
/// bytes. An edit renders again every page it may affect, but most of those come out byte for byte as before (a
/// classification page whose figures did not move): comparing bytes costs microseconds, reading a page again
/// (parsing its HTML) milliseconds.
/// </summary>
public sealed class PageReadings : ContentCache<byte[], PreparedPage?>
{
    /// <summary>The index's page table and shards as last written, uncompressed and compressed.</summary>
    public CompressedIndexFiles Compressed { get; } = new();

    /// <summary>
    /// The pages the last index was made of, in order, and its page table and shards: an index of the very same
    /// readings in the same order is the same index (an edit that changed no page's text, only its comments or
    /// what no page shows).
    /// </summary>
    internal (PreparedPage[] Pages, IReadOnlyList<GeneratedFile> Files)? LastIndex { get; set; }

    protected override bool Same(byte[] known, byte[] content) => known.AsSpan().SequenceEqual(content);
}

/// <summary>
/// What <c>portal serve</c> remembers of the index files it wrote (the page table, the shards), by path: the JSON and
/// its gzip. A shard whose JSON did not change is not compressed again.
/// </summary>
public sealed class CompressedIndexFiles : ContentCache<byte[], byte[]>
{
    protected override bool Same(byte[] known, byte[] content) => known.AsSpan().SequenceEqual(content);
}
