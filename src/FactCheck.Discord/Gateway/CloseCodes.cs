namespace FactCheck.Discord.Gateway;

/// <summary>What a gateway close code means for the next connection.</summary>
internal static class CloseCodes
{
    /// <summary>Sent by us when we drop a connection we mean to resume: anything but 1000/1001, which end the session.</summary>
    public const int Reconnecting = 4900;

    /// <summary>The outcome of the server closing with <paramref name="code"/>.</summary>
    public static ConnectionOutcome Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ConnectionOutcome.Fatal(code.Value),
        4007 or 4009 => ConnectionOutcome.Identify(code),
        _ => ConnectionOutcome.Resume(code),
    };

    /// <summary>One line telling the operator what to fix after a close code that must not be retried.</summary>
    public static string Explain(int code) => code switch
    {
        4004 => "Discord rejected the token (close 4004 Authentication failed): set a valid Discord:Token",
        4010 => "Discord rejected the shard (close 4010 Invalid shard): check Discord:ShardId and Discord:ShardCount",
        4011 => "Discord requires sharding (close 4011): raise Discord:ShardCount",
        4012 => "Discord rejected the API version (close 4012)",
        4013 => "Discord rejected the intents (close 4013 Invalid intents)",
        4014 => "Discord refused a privileged intent (close 4014): enable MESSAGE CONTENT INTENT for the bot in the Developer Portal",
        _ => $"Discord closed the gateway with code {code}",
    };
}
