namespace Portal.Build.Search;

/// <summary>
/// One key's segment handles, ascending, kept as variable-length deltas (7 bits a byte). Handles arrive in order,
/// so appending is all a build needs; at 10,000 reports the index holds about 240 million handles, which as
/// <c>List&lt;int&gt;</c> would take 1–2 GB and as deltas takes about 350 MB (and is written out of memory in runs as it
/// grows: <see cref="PostingRuns"/>).
/// </summary>
internal sealed class PostingList
{
    private byte[] _bytes = new byte[4];
    private int _length;

    public int Count { get; private set; }

    /// <summary>The first handle: the first delta, as a list starts from 0.</summary>
    public int First { get; private set; }

    public int Last { get; private set; }

    /// <summary>The deltas, encoded.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>The buffer <see cref="Bytes"/> begins, for a reader that outlives a span (the merge of <see cref="PostingRuns"/>).</summary>
    public byte[] Buffer => _bytes;

    /// <summary>Appends a handle; returns the bytes of memory the list grew by (0 unless its buffer grew).</summary>
    public int Add(int handle)
    {
        if (Count > 0 && handle <= Last)
        {
            throw new InvalidOperationException($"search index: handle {handle} after {Last}; pages must be added in order");
        }

        var delta = (uint)(handle - Last);
        First = Count == 0 ? handle : First;
        Last = handle;
        Count++;
        var grew = 0;
        if (_length + 5 > _bytes.Length)
        {
            var size = Math.Max(_bytes.Length * 3 / 2, _length + 5);
            grew = size - _bytes.Length;
            Array.Resize(ref _bytes, size);
        }

        while (delta >= 0x80)
        {
            _bytes[_length++] = (byte)(delta | 0x80);
            delta >>= 7;
        }

        _bytes[_length++] = (byte)delta;
        return grew;
    }

    /// <summary>The deltas in order: the first is the first handle itself.</summary>
    public IEnumerable<int> Deltas() => Decode(_bytes, _length, skipFirst: false);

    /// <summary>The deltas encoded in the first <paramref name="length"/> of <paramref name="bytes"/>, the first left out when <paramref name="skipFirst"/>.</summary>
    public static IEnumerable<int> Decode(byte[] bytes, int length, bool skipFirst)
    {
        var at = 0;
        var first = true;
        while (at < length)
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = bytes[at++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            if (!(first && skipFirst))
            {
                yield return (int)value;
            }

            first = false;
        }
    }
}
