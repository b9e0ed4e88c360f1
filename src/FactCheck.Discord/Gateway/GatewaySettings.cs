namespace FactCheck.Discord.Gateway;

/// <summary>Who the gateway client identifies as.</summary>
/// <param name="Token">Bot token; sent in Identify and Resume, never logged.</param>
/// <param name="Intents">Intents asked for in Identify.</param>
/// <param name="ShardId">This connection's shard.</param>
/// <param name="ShardCount">Total number of shards.</param>
internal sealed record GatewaySettings(string Token, GatewayIntents Intents, int ShardId = 0, int ShardCount = 1)
{
    /// <summary>Keeps the token out of any accidental ToString in a log line or an exception.</summary>
    public override string ToString() => $"GatewaySettings {{ Intents = {Intents}, Shard = [{ShardId}, {ShardCount}] }}";

    /// <summary>The shard a guild's events arrive on; DMs (no guild) always arrive on shard 0.</summary>
    public static int ShardFor(ulong? guildId, int shardCount) =>
        guildId is { } id ? (int)((id >> 22) % (ulong)shardCount) : 0;
}
