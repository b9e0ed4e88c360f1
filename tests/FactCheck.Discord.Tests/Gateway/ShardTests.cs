using FactCheck.Discord.Gateway;

namespace FactCheck.Discord.Tests.Gateway;

public sealed class ShardTests
{
    [Theory]
    [InlineData(41771983423143937UL, 1, 0)]
    [InlineData(41771983423143937UL, 4, 2)]
    [InlineData(81384788765712384UL, 2, 0)]
    [InlineData(81384788765712384UL, 3, 1)]
    public void A_guild_goes_to_its_id_shifted_by_22_modulo_the_shard_count(ulong guildId, int shardCount, int expected) =>
        Assert.Equal(expected, GatewaySettings.ShardFor(guildId, shardCount));

    [Fact]
    public void Direct_messages_go_to_shard_0() => Assert.Equal(0, GatewaySettings.ShardFor(null, 8));
}
