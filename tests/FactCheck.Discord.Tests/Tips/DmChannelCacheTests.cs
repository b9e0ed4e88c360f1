using FactCheck.Discord.Tips;

namespace FactCheck.Discord.Tests.Tips;

public sealed class DmChannelCacheTests
{
    [Fact]
    public void Past_its_capacity_the_least_recently_stored_user_is_dropped()
    {
        var cache = new DmChannelCache(capacity: 2);

        cache.Remember("a", "dm-a");
        cache.Remember("b", "dm-b");
        cache.Remember("a", "dm-a2");
        cache.Remember("c", "dm-c");

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal("dm-a2", a);
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void A_forgotten_user_is_no_longer_known_and_frees_their_place()
    {
        var cache = new DmChannelCache(capacity: 2);
        cache.Remember("a", "dm-a");
        cache.Remember("b", "dm-b");

        cache.Forget("a");
        cache.Remember("c", "dm-c");

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }
}
