namespace FactCheck.Discord;

/// <summary>The "Discord" configuration section; the adapter starts only when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Discord";

    /// <summary>The bot token; read from the environment (Discord__Token), never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The application's id from the Developer Portal; commands are registered under it.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>REST base URL, including the API version.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway URL; when unset it is asked of GET /gateway/bot.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>When set, commands are registered on this server only, where they apply at once.</summary>
    public string? GuildId { get; set; }

    /// <summary>This process's shard (guilds with (guild_id &gt;&gt; 22) % ShardCount == ShardId; DMs go to shard 0).</summary>
    public int ShardId { get; set; }

    /// <summary>Total number of shards the bot runs.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// How long an interaction may wait for its check before a deferred answer is sent; Discord wants a first answer
    /// within 3 seconds, so this stays well under that.
    /// </summary>
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How many events are handled at the same time.</summary>
    public int MaxConcurrentHandlers { get; set; } = 8;

    /// <summary>
    /// Where the HTTP interactions endpoint listens (`http://0.0.0.0:8081`); empty keeps it off and interactions come
    /// over the gateway. When set, the gateway serves only DMs and mentions.
    /// </summary>
    public string? InteractionsListen { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex digits, General Information in the Developer Portal);
    /// public, not a secret. Required with <see cref="InteractionsListen"/>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Whether interactions are served by the HTTP endpoint rather than the gateway.</summary>
    public bool ServesInteractionsOverHttp => !string.IsNullOrWhiteSpace(InteractionsListen);
}
