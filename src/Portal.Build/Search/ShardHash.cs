namespace Portal.Build.Search;

/// <summary>
/// FNV-1a over a key's UTF-16 code units: which shard file holds the key. search.js computes the same
/// with Math.imul, so both sides must stay byte-for-byte identical.
/// </summary>
public static class ShardHash
{
    public static uint Of(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    public static int ShardOf(string key, int shards) => (int)(Of(key) % (uint)shards);
}
