using System.Text;
using Portal.Build.Storage;

namespace Portal.Build.Search;

/// <summary>
/// A search index's postings written out of memory as it grows (issue 17: at 10,000 reports they are ~350 MB of deltas
/// and, held to the end of the build, grew its peak by as much). Each run is every key held when it was written, in
/// <see cref="Order"/>, with that key's handles since the run before; <see cref="Merge"/> reads the runs side by side
/// and gives each key once, its parts in page order. The order makes every shard's keys come together, whatever the
/// number of shards (a power of two up to 2^16): a shard is the low bits of a key's hash, and the order is those bits
/// reversed, so the keys of one shard share the order's top bits.
/// </summary>
internal sealed class PostingRuns : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A run is written to its file in pieces of this size, so writing one holds no more than that besides the postings.</summary>
    private const int WriteBlock = 1 << 20;

    private readonly List<(long Offset, long Length, int Keys)> _runs = [];
    private TemporaryFile? _file;
    private long _end;

    public int Count => _runs.Count;

    /// <summary>Where a key comes in a run and in the merge: the low 16 bits of its shard hash, reversed.</summary>
    public static uint Order(string key) => (uint)Reversed((int)(ShardHash.Of(key) & 0xFFFF), 16);

    /// <summary>
    /// The low <paramref name="bits"/> of <paramref name="value"/> in reverse order: with 2^bits shards, the place in
    /// the merge of a shard's keys (the top bits of their <see cref="Order"/>), and back.
    /// </summary>
    public static int Reversed(int value, int bits)
    {
        var reversed = 0;
        for (var bit = 0; bit < bits; bit++)
        {
            reversed = (reversed << 1) | ((value >> bit) & 1);
        }

        return reversed;
    }

    /// <summary>Writes every key of <paramref name="postings"/> as a new run, and empties it.</summary>
    public void Spill(Dictionary<string, PostingList> postings)
    {
        _file ??= TemporaryFile.Create("postings");
        var start = _end;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            foreach (var (_, key) in Sorted(postings.Keys))
            {
                var list = postings[key];
                writer.Write(key);
                writer.Write7BitEncodedInt(list.Count);
                writer.Write7BitEncodedInt(list.First);
                writer.Write7BitEncodedInt(list.Last);
                writer.Write7BitEncodedInt(list.Bytes.Length);
                writer.Write(list.Bytes);
                if (buffer.Length >= WriteBlock)
                {
                    writer.Flush();
                    Append(buffer);
                }
            }
        }

        Append(buffer);
        _runs.Add((start, _end - start, postings.Count));
        postings.Clear();
    }

    /// <summary>
    /// Every key of the runs and of <paramref name="held"/> (the postings since the last run) once, in <see cref="Order"/>
    /// then ordinal order, with its parts in page order. Without <paramref name="withDeltas"/> the parts carry counts only.
    /// </summary>
    public IEnumerable<MergedPosting> Merge(Dictionary<string, PostingList> held, bool withDeltas)
    {
        var sources = new List<IEnumerator<Part>>();
        try
        {
            foreach (var (offset, length, keys) in _runs)
            {
                sources.Add(Read(offset, length, keys, withDeltas).GetEnumerator());
            }

            sources.Add(Held(held).GetEnumerator());
            var queue = new PriorityQueue<int, (uint Order, string Key, int Source)>(Comparer<(uint Order, string Key, int Source)>.Create(static (a, b) =>
                a.Order != b.Order ? a.Order.CompareTo(b.Order)
                : string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey
                : a.Source.CompareTo(b.Source)));
            for (var s = 0; s < sources.Count; s++)
            {
                if (sources[s].MoveNext())
                {
                    queue.Enqueue(s, (sources[s].Current.Order, sources[s].Current.Key, s));
                }
            }

            while (queue.TryPeek(out _, out var top))
            {
                var parts = new List<Part>();
                var count = 0;
                while (queue.TryPeek(out var source, out var next) && next.Order == top.Order && next.Key == top.Key)
                {
                    queue.Dequeue();
                    var part = sources[source].Current;
                    parts.Add(part);
                    count += part.Count;
                    if (sources[source].MoveNext())
                    {
                        queue.Enqueue(source, (sources[source].Current.Order, sources[source].Current.Key, source));
                    }
                }

                yield return new MergedPosting(top.Order, top.Key, count, parts);
            }
        }
        finally
        {
            sources.ForEach(s => s.Dispose());
        }
    }

    public void Dispose() => _file?.Dispose();

    private void Append(MemoryStream buffer)
    {
        _file!.Write(_end, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        _end += buffer.Length;
        buffer.SetLength(0);
    }

    private static (uint Order, string Key)[] Sorted(IEnumerable<string> keys)
    {
        var sorted = keys.Select(k => (Order(k), k)).ToArray();
        Array.Sort(sorted, static (a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.k, b.k));
        return sorted;
    }

    private static IEnumerable<Part> Held(Dictionary<string, PostingList> held)
    {
        foreach (var (order, key) in Sorted(held.Keys))
        {
            var list = held[key];
            yield return new Part(order, key, list.Count, list.First, list.Last, list.Buffer, list.Bytes.Length);
        }
    }

    private IEnumerable<Part> Read(long offset, long length, int keys, bool withDeltas)
    {
        using var reader = new BinaryReader(new BufferedStream(_file!.Read(offset, length), 1 << 16), Utf8);
        var skipped = new byte[4096];
        for (var k = 0; k < keys; k++)
        {
            var key = reader.ReadString();
            var count = reader.Read7BitEncodedInt();
            var first = reader.Read7BitEncodedInt();
            var last = reader.Read7BitEncodedInt();
            var bytes = reader.Read7BitEncodedInt();
            byte[] deltas = [];
            if (withDeltas)
            {
                deltas = reader.ReadBytes(bytes);
            }
            else
            {
                for (var left = bytes; left > 0; left -= skipped.Length)
                {
                    reader.BaseStream.ReadExactly(skipped, 0, Math.Min(left, skipped.Length));
                }
            }

            yield return new Part(Order(key), key, count, first, last, deltas, deltas.Length);
        }

        if (reader.BaseStream.ReadByte() != -1)
        {
            throw new InvalidDataException("the search postings' temporary file does not read back as written");
        }
    }

    /// <summary>One run's postings of a key: its handles' count, first and last, and (when read with them) their deltas, the first <c>Length</c> bytes of <c>Deltas</c>.</summary>
    internal sealed record Part(uint Order, string Key, int Count, int First, int Last, byte[] Deltas, int Length);
}

/// <summary>A key's postings from every run: the deltas of all its handles, as one list of them would give.</summary>
internal sealed record MergedPosting(uint Order, string Key, int Count, IReadOnlyList<PostingRuns.Part> Parts)
{
    public IEnumerable<int> Deltas()
    {
        var last = 0;
        for (var i = 0; i < Parts.Count; i++)
        {
            var part = Parts[i];
            if (i > 0)
            {
                yield return part.First - last;
            }

            foreach (var delta in PostingList.Decode(part.Deltas, part.Length, skipFirst: i > 0))
            {
                yield return delta;
            }

            last = part.Last;
        }
    }
}
