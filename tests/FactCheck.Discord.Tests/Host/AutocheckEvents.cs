namespace FactCheck.Discord.Tests.Host;

/// <summary>Gateway events for autocheck: the /autocheck command with the caller's channel permissions, and server
/// messages that do not mention the bot.</summary>
internal static class AutocheckEvents
{
    public const string Channel = "g-chan";
    public const string Guild = "55";

    /// <summary>VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY: an ordinary member.</summary>
    public const string Member = "68608";

    /// <summary>An ordinary member's permissions with MANAGE_CHANNELS (1 &lt;&lt; 4).</summary>
    public const string ChannelManager = "68624";

    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3) alone: every permission.</summary>
    public const string Administrator = "8";

    /// <summary>The seed's claim rated Misleading (demo-claims.jsonld), as someone might post it.</summary>
    public const string MisleadingClaim = "North Korea tested a \"reconnaissance satellite\" on 26 February and 4 March 2022.";

    /// <summary>/autocheck mode:<paramref name="mode"/> in <paramref name="channelId"/>, by a member whose permissions
    /// in that channel are <paramref name="permissions"/>; no guild (a DM) when <paramref name="guildId"/> is null.</summary>
    public static object Switch(string id, string mode, string permissions, string channelId = Channel, string? guildId = Guild, string locale = "en-US") => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 2,
        token = "itok-" + id,
        guild_id = guildId,
        channel_id = channelId,
        locale,
        member = guildId is null ? null : new { user = DiscordEvents.User("1001"), permissions },
        user = guildId is null ? DiscordEvents.User("1001") : null,
        data = new { id = "cmd-autocheck", name = "autocheck", type = 1, options = new[] { new { name = "mode", type = 3, value = mode } } },
    };

    /// <summary>A server message that mentions nobody.</summary>
    public static object Message(string id, string content, string channelId = Channel, object? author = null) => new
    {
        id,
        channel_id = channelId,
        guild_id = Guild,
        author = author ?? DiscordEvents.User("3003"),
        content,
        mentions = Array.Empty<object>(),
        attachments = Array.Empty<object>(),
        embeds = Array.Empty<object>(),
    };

    /// <summary>A server message of one PNG attachment and no words.</summary>
    public static object Picture(string id, string url, long size) => new
    {
        id,
        channel_id = Channel,
        guild_id = Guild,
        author = DiscordEvents.User("3003"),
        content = string.Empty,
        mentions = Array.Empty<object>(),
        attachments = new[] { new { id = "att-" + id, filename = id + ".png", size, url, proxy_url = url, content_type = "image/png", width = 720, height = 1280 } },
        embeds = Array.Empty<object>(),
    };
}
