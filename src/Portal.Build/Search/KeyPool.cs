namespace Portal.Build.Search;

/// <summary>
/// Working storage for <see cref="SearchKeys.KeysOf"/>: the key strings made so far (looked up by span, so a known key
/// costs no allocation), the keys of the segment being read, and a buffer for its folded text. Used by one reader at a
/// time: the search index observer lends one to each page it reads and takes it back after.
/// </summary>
internal sealed class KeyPool
{
    /// <summary>Distinct keys a pool keeps before starting over: bounds the pool's memory on a very large site.</summary>
    private const int MaxKeys = 1 << 18;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _segment = new(StringComparer.Ordinal);
    private char[] _folded = new char[256];

    public KeyPool() => _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="SearchKeys.Fold"/> of <paramref name="text"/>, in this pool's buffer.</summary>
    public ReadOnlySpan<char> Fold(string text)
    {
        if (_folded.Length < text.Length)
        {
            _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
        }

        SearchKeys.FoldInto(text, _folded);
        return _folded.AsSpan(0, text.Length);
    }

    /// <summary>Adds a key to the segment being read, once.</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        if (!_lookup.TryGetValue(key, out var known))
        {
            if (_known.Count >= MaxKeys)
            {
                _known.Clear();
            }

            known = key.ToString();
            _known.Add(known);
        }

        _segment.Add(known);
    }

    /// <summary>The segment's keys; the pool is ready for the next segment.</summary>
    public string[] TakeKeys()
    {
        string[] keys = [.. _segment];
        _segment.Clear();
        return keys;
    }
}
