namespace FactCheck.Discord.Tests.Host;

/// <summary>Gateway events of the tipline: DMs of given users, button presses, tipline slash commands.</summary>
internal static class TipEvents
{
    /// <summary>An Indonesian rumour no seed claim matches: the answer offers the button.</summary>
    public const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";

    public const string Reviewer = "9009";

    /// <summary>The same rumour as another person forwards it: shouting, an emoji more.</summary>
    public static string NearlyTheRumour => Rumour.ToUpperInvariant() + " 🙏";

    public static object Dm(string id, string userId, string content) => new
    {
        id,
        channel_id = Fakes.FakeDiscord.DmChannelOf(userId),
        author = DiscordEvents.User(userId),
        content,
        mentions = Array.Empty<object>(),
        attachments = Array.Empty<object>(),
        embeds = Array.Empty<object>(),
    };

    /// <summary>A DM carrying one attachment (as Discord describes it: id, filename, size, url, content_type) and
    /// <paramref name="content"/> as its caption.</summary>
    public static object DmWithAttachment(string id, string userId, string url, long size, string contentType = "image/png", string content = "") => new
    {
        id,
        channel_id = Fakes.FakeDiscord.DmChannelOf(userId),
        author = DiscordEvents.User(userId),
        content,
        mentions = Array.Empty<object>(),
        attachments = new[] { new { id = "att-" + id, filename = "screenshot.png", size, url, proxy_url = url, content_type = contentType, width = 720, height = 1280 } },
        embeds = Array.Empty<object>(),
    };

    /// <summary>A press of the button with <paramref name="customId"/> on the bot's answer <paramref name="answerId"/>,
    /// in <paramref name="userId"/>'s DM; the answer replied to <paramref name="repliedTo"/> when given.</summary>
    public static object Press(string id, string userId, string customId, string answerId = "9000", string? repliedTo = null) => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 3,
        token = "itok-" + id,
        channel_id = Fakes.FakeDiscord.DmChannelOf(userId),
        locale = "en-US",
        user = DiscordEvents.User(userId),
        message = new
        {
            id = answerId,
            channel_id = Fakes.FakeDiscord.DmChannelOf(userId),
            message_reference = repliedTo is null ? null : new { message_id = repliedTo, channel_id = Fakes.FakeDiscord.DmChannelOf(userId) },
        },
        data = new { custom_id = customId, component_type = 2 },
    };

    /// <summary>A press of the button with <paramref name="customId"/> under the bot's answer in server channel <paramref name="channelId"/>.</summary>
    public static object PressInServer(string channelId, string id, string userId, string customId) => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 3,
        token = "itok-" + id,
        guild_id = "55",
        channel_id = channelId,
        channel = new { id = channelId, type = 0 },
        context = 0,
        locale = "en-US",
        member = new { user = DiscordEvents.User(userId) },
        message = new { id = "9000", channel_id = channelId },
        data = new { custom_id = customId, component_type = 2 },
    };

    /// <summary>A tipline slash command run by <paramref name="userId"/> in their DM with the bot.</summary>
    public static object CommandInDm(string id, string userId, string name, params (string Name, object Value)[] options) => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 2,
        token = "itok-" + id,
        channel_id = Fakes.FakeDiscord.DmChannelOf(userId),
        channel = new { id = Fakes.FakeDiscord.DmChannelOf(userId), type = 1 },
        context = 1,
        locale = "id",
        user = DiscordEvents.User(userId),
        data = new
        {
            id = "cmd-" + name,
            name,
            type = 1,
            options = options.Select(o => new { name = o.Name, type = o.Value is int ? 4 : 3, value = o.Value }).ToArray(),
        },
    };

    /// <summary>A tipline slash command run by <paramref name="userId"/> in a server channel.</summary>
    public static object Command(string id, string userId, string name, params (string Name, object Value)[] options) =>
        CommandIn("c1", id, userId, name, options);

    /// <summary>A tipline slash command run by <paramref name="userId"/> in server channel <paramref name="channelId"/>.</summary>
    public static object CommandIn(string channelId, string id, string userId, string name, params (string Name, object Value)[] options) => new
    {
        id,
        application_id = BotHarness.ApplicationId,
        type = 2,
        token = "itok-" + id,
        guild_id = "55",
        channel_id = channelId,
        locale = "en-US",
        member = new { user = DiscordEvents.User(userId) },
        data = new
        {
            id = "cmd-" + name,
            name,
            type = 1,
            options = options.Select(o => new { name = o.Name, type = o.Value is int ? 4 : 3, value = o.Value }).ToArray(),
        },
    };
}
