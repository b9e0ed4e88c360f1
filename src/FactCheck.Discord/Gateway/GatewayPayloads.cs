using System.Text.Json;

namespace FactCheck.Discord.Gateway;

/// <summary>The payloads the client sends, as UTF-8 JSON.</summary>
internal static class GatewayPayloads
{
    public static byte[] Heartbeat(long? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(new { op = (int)GatewayOpcode.Heartbeat, d = sequence });

    public static byte[] Identify(GatewaySettings settings) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        op = (int)GatewayOpcode.Identify,
        d = new
        {
            token = settings.Token,
            intents = (int)settings.Intents,
            properties = new Dictionary<string, string>
            {
                ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(),
                ["browser"] = "factcheck-bot",
                ["device"] = "factcheck-bot",
            },
            shard = new[] { settings.ShardId, settings.ShardCount },
        },
    });

    public static byte[] Resume(GatewaySettings settings, string sessionId, long? sequence) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        op = (int)GatewayOpcode.Resume,
        d = new { token = settings.Token, session_id = sessionId, seq = sequence },
    });
}
