namespace Portal.Build.Search;

/// <summary>
/// One key's segment handles, ascending, kept as variable-length deltas (7 bits a byte). Handles arrive in order,
/// so appending is all a build needs; at 10,000 reports the index holds about 240 million handles, which as
/// <c>List&lt;int&gt;</c> would take 1–2 GB and as deltas takes about 350 MB.
/// </summary>
internal sealed class PostingList
{
    private byte[] _bytes = new byte[4];
    private int _length;
    private int _last;

    public int Count { get; private set; }

    public void Add(int handle)
    {
        if (Count > 0 && handle <= _last)
        {
            throw new InvalidOperationException($"search index: handle {handle} after {_last}; pages must be added in order");
        }

        var delta = (uint)(handle - _last);
        _last = handle;
        Count++;
        if (_length + 5 > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 3 / 2, _length + 5));
        }

        while (delta >= 0x80)
        {
            _bytes[_length++] = (byte)(delta | 0x80);
            delta >>= 7;
        }

        _bytes[_length++] = (byte)delta;
    }

    /// <summary>The deltas in order: the first is the first handle itself.</summary>
    public IEnumerable<int> Deltas()
    {
        var at = 0;
        while (at < _length)
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _bytes[at++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            yield return (int)value;
        }
    }
}
