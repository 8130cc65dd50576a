using System.Numerics;
using Portal.Build.Modeling;

namespace Portal.Build.Search;

/// <summary>
/// Builds the site search index from rendered pages, one page at a time, so pages can be streamed: <see cref="Prepare"/>
/// reads a page on any thread, <see cref="Add(PreparedPage)"/> numbers it (in site order) and returns its text chunks to
/// write at once; <see cref="Finish"/> writes the postings. Files, all under <c>search/</c>:
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
    /// <summary>
    /// Segments per text file: most report pages fit in one or two (5–20 KB gzipped). Every file costs far more to
    /// create than to fill (on the benchmark machine 2,000–25,000 files a second against 1 GB a second of data), so
    /// a few larger files beat many small ones; a result list fetches one per page on screen.
    /// </summary>
    public const int ChunkSize = 256;

    /// <summary>Raw postings bytes per shard aimed for; gzip makes a shard about a third of this (≈ 20 KB a key fetched).</summary>
    public const int TargetShardBytes = 64 * 1024;

    /// <summary>
    /// Postings held before they are written out as a run (<see cref="PostingRuns"/>), in bytes of deltas and a
    /// guess at what a key costs besides: a bound on the index's memory that most sites never reach (the postings of
    /// 10,000 reports are ~350 MB of deltas).
    /// </summary>
    public const long DefaultHeldBytes = 64L << 20;

    /// <summary>What a key held in memory costs besides its deltas: its dictionary entry, its list, the list's first buffer.</summary>
    private const int KeyBytes = 96;

    // The postings since the last run.
    private readonly Dictionary<string, PostingList> _postings = new(StringComparer.Ordinal);
    private readonly PostingRuns _runs = new();
    private long _held;
    private readonly List<IndexedPage> _pages = [];
    private readonly List<GeneratedFile> _heldChunks = [];

    public int PageCount => _pages.Count;

    /// <summary>Bytes of postings held before they are written out (<see cref="DefaultHeldBytes"/>); tests make it small.</summary>
    internal long HeldBytes { get; init; } = DefaultHeldBytes;

    /// <summary>Runs of postings written out so far.</summary>
    internal int Runs => _runs.Count;

    /// <summary>Index files written by earlier builds (<c>portal serve</c>): one whose JSON is unchanged is not compressed again. Null for a one-off build.</summary>
    public CompressedIndexFiles? Compressed { get; init; }

    private byte[] Write(string path, Action<System.Text.Json.Utf8JsonWriter> write) =>
        Compressed is null ? SearchIndexFiles.Write(write) : SearchIndexFiles.Write(path, Compressed, write);

    /// <summary>Reads a rendered page for the index, or null when the page opts out. Thread-safe.</summary>
    public static PreparedPage? Prepare(string path, string html) => Prepare(path, html, new KeyPool());

    /// <summary>Reads a rendered page for the index with <paramref name="keys"/>, which no other reader uses meanwhile.</summary>
    internal static PreparedPage? Prepare(string path, string html, KeyPool keys)
    {
        var page = PageTextExtractor.Extract(path, html);
        if (page is null)
        {
            return null;
        }

        page = WithinHandleLimit(page);
        var segments = page.Segments.Select(s => (s.Kind, SearchKeys.KeysOf(s.Text, keys))).ToArray();
        var chunks = new List<byte[]>();
        for (var c = 0; c * ChunkSize < page.Segments.Count; c++)
        {
            var slice = page.Segments.Skip(c * ChunkSize).Take(ChunkSize);
            chunks.Add(SearchIndexFiles.Write(json =>
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
            }));
        }

        // Only the page's facets are kept: its text goes out as chunk files.
        return new PreparedPage(page with { Segments = [] }, segments, chunks);
    }

    /// <summary>
    /// A page with more segments than a handle can number (a home page listing thousands of departments) keeps its
    /// first ones and has the rest joined into its last: every word stays findable; hits there link to the page top.
    /// </summary>
    private static IndexedPage WithinHandleLimit(IndexedPage page)
    {
        const int Limit = SegmentHandle.MaxSegmentsPerPage;
        if (page.Segments.Count <= Limit)
        {
            return page;
        }

        var tail = string.Join(" ", page.Segments.Skip(Limit - 1).Select(s => s.Text));
        return page with { Segments = [.. page.Segments.Take(Limit - 1), new TextSegment(null, SegmentKind.Body, tail)] };
    }

    /// <summary>Indexes one rendered page at its site-relative folder (<c>slug/2023/</c>), keeping its chunks for <see cref="Finish"/>; false when the page opts out.</summary>
    public bool Add(string path, string html)
    {
        var prepared = Prepare(path, html);
        if (prepared is null)
        {
            return false;
        }

        _heldChunks.AddRange(Add(prepared));
        return true;
    }

    /// <summary>Numbers a prepared page (pages must come in site order) and returns its text chunks, to be written now.</summary>
    public IReadOnlyList<GeneratedFile> Add(PreparedPage prepared)
    {
        var number = _pages.Count;
        _pages.Add(prepared.Page);
        for (var s = 0; s < prepared.Segments.Count; s++)
        {
            var (kind, keys) = prepared.Segments[s];
            var handle = SegmentHandle.Pack(number, s, kind);
            foreach (var key in keys)
            {
                if (!_postings.TryGetValue(key, out var list))
                {
                    _postings[key] = list = new PostingList();
                    _held += KeyBytes;
                }

                _held += list.Add(handle);
            }
        }

        if (_held > HeldBytes)
        {
            _runs.Spill(_postings);
            _held = 0;
        }

        return ChunksOf(number, prepared);
    }

    /// <summary>The text chunk files of the page numbered <paramref name="number"/>.</summary>
    public static IReadOnlyList<GeneratedFile> ChunksOf(int number, PreparedPage prepared) =>
        prepared.Chunks.Select((bytes, c) => new GeneratedFile(SearchIndexFiles.Chunk(number, c), bytes)).ToArray();

    /// <summary>
    /// The page table and the postings shards, plus the chunks of pages added with <see cref="Add(string, string)"/>,
    /// made as they are read: the postings are merged from their runs key by key, a shard's keys at a time (they come
    /// together: <see cref="PostingRuns"/>), and shards are compressed on every core a few at a time, so the index is
    /// never held whole. Read once: it empties the builder.
    /// </summary>
    public IEnumerable<GeneratedFile> Finish()
    {
        try
        {
            var shards = ShardCount();
            yield return new(SearchIndexFiles.PagesFile, PagesTable(shards));

            // Shards are independent of each other: compressed on every core, in the order their keys come.
            var made = Render.OrderedParallel.Map(ShardsInOrder(shards), shard => new GeneratedFile(SearchIndexFiles.Shard(shard.Number), Write(SearchIndexFiles.Shard(shard.Number), json =>
            {
                json.WriteStartObject();
                foreach (var posting in shard.Keys.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteStartArray(posting.Key);
                    foreach (var delta in posting.Deltas())
                    {
                        json.WriteNumberValue(delta);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            })), Environment.ProcessorCount, window: 4 * Environment.ProcessorCount);
            foreach (var file in made)
            {
                yield return file;
            }

            foreach (var chunk in _heldChunks)
            {
                yield return chunk;
            }
        }
        finally
        {
            _postings.Clear();
            _runs.Dispose();
        }
    }

    /// <summary>Every shard (empty ones too) with its keys, in the order the merge gives them: shard numbers with their bits reversed.</summary>
    private IEnumerable<(int Number, List<MergedPosting> Keys)> ShardsInOrder(int shards)
    {
        var bits = BitOperations.Log2((uint)shards);
        using var merged = _runs.Merge(_postings, withDeltas: true).GetEnumerator();
        var more = merged.MoveNext();
        for (var position = 0; position < shards; position++)
        {
            var keys = new List<MergedPosting>();
            while (more && (int)(merged.Current.Order >> (16 - bits)) == position)
            {
                keys.Add(merged.Current);
                more = merged.MoveNext();
            }

            yield return (PostingRuns.Reversed(position, bits), keys);
        }

        if (more)
        {
            throw new InvalidOperationException("search index: a key came after its shard's turn; the postings' runs are out of order");
        }
    }

    /// <summary>A power of two (the modulus spreads keys evenly) giving shards near the target size.</summary>
    internal int ShardCount()
    {
        long bytes = 0;
        foreach (var posting in _runs.Merge(_postings, withDeltas: false))
        {
            bytes += (posting.Key.Length * 3) + 4 + (posting.Count * 3L);
        }

        var wanted = (ulong)Math.Max(1, bytes / TargetShardBytes);
        return (int)Math.Clamp(BitOperations.RoundUpToPowerOf2(wanted), 8UL, 1UL << 16);
    }

    private byte[] PagesTable(int shards)
    {
        var departments = _pages.Select(p => p.Department).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        // Looked up once per page: a list search here was quadratic in the size of the site.
        var numbers = departments.Select((name, i) => (name, i)).ToDictionary(d => d.name, d => d.i, StringComparer.Ordinal);
        return Write(SearchIndexFiles.PagesFile, json =>
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
                json.WriteNumberValue(page.Department is null ? -1 : numbers[page.Department]);
                json.WriteNumberValue(page.Year ?? 0);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
