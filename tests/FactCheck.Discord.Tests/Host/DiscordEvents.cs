namespace FactCheck.Discord.Tests.Host;

/// <summary>Gateway event data shaped as Discord sends it.</summary>
internal static class DiscordEvents
{
    /// <summary>The quote alone, as the acceptance criterion words it.</summary>
    public const string ShortSeedQuote = "Anda terlalu gila bagi kami";

    /// <summary>The seed article's sentence: Kim Jong Un's "you are too crazy for us", rated Unverified, relayed by Express UK.</summary>
    public const string SeedQuote = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.";

    public static object User(string id = "1001", bool bot = false) => new { id, username = "user" + id, bot };

    public static object DirectMessage(string id, string content, object? author = null) => new
    {
        id,
        channel_id = "dm-1",
        author = author ?? User(),
        content,
        mentions = Array.Empty<object>(),
        attachments = Array.Empty<object>(),
        embeds = Array.Empty<object>(),
    };

    public static object Interaction(string id, object data, string? guildId = "55", string locale = "en-US") => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 2,
        token = "itok-" + id,
        guild_id = guildId,
        channel_id = "c1",
        locale,
        member = new { user = User() },
        data,
    };

    public static object MessageCommand(string targetId, string content) => new
    {
        id = "cmd-fc",
        name = "Fact-check",
        type = 3,
        target_id = targetId,
        resolved = new { messages = new Dictionary<string, object> { [targetId] = new { id = targetId, channel_id = "c1", content, author = User("2002") } } },
    };

    /// <summary>The "Fact-check" message command on a message that carries only an image attachment.</summary>
    public static object MessageCommandOnImage(string targetId, string url, long size) => new
    {
        id = "cmd-fc",
        name = "Fact-check",
        type = 3,
        target_id = targetId,
        resolved = new
        {
            messages = new Dictionary<string, object>
            {
                [targetId] = new
                {
                    id = targetId,
                    channel_id = "c1",
                    content = string.Empty,
                    author = User("2002"),
                    attachments = new[] { new { id = "att-" + targetId, filename = "screenshot.png", size, url, proxy_url = url, content_type = "image/png", width = 720, height = 1280 } },
                },
            },
        },
    };

    public static object SlashCheck(string text) => new
    {
        id = "cmd-check",
        name = "check",
        type = 1,
        options = new[] { new { name = "text", type = 3, value = text } },
    };
}
