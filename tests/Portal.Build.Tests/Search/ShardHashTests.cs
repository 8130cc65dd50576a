using Portal.Build.Search;

namespace Portal.Build.Tests.Search;

public sealed class ShardHashTests
{
    [Fact]
    public void It_is_32_bit_fnv1a_which_search_js_recomputes()
    {
        Assert.Equal(0x811c9dc5u, ShardHash.Of(string.Empty));
        Assert.Equal(0xe40c292cu, ShardHash.Of("a"));
        Assert.Equal(0xbf9cf968u, ShardHash.Of("foobar"));
    }

    [Fact]
    public void Keys_spread_over_every_shard()
    {
        var shards = Enumerable.Range(0x4e00, 3000).Select(c => ShardHash.ShardOf(((char)c).ToString() + "费", 64)).ToHashSet();

        Assert.Equal(64, shards.Count);
    }
}
