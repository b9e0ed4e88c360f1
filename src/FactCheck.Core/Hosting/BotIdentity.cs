namespace FactCheck.Core.Hosting;

/// <summary>Who the bot is on its platform, learnt at connection (Telegram's getMe, Discord's READY): needed to ignore
/// its own messages and to recognise mentions and commands addressed to it.</summary>
public sealed class BotIdentity
{
    private volatile Known? known;

    /// <summary>The bot's user id, or null before the platform said it.</summary>
    public string? Id => known?.Id;

    /// <summary>The bot's user name, or empty.</summary>
    public string Username => known?.Username ?? string.Empty;

    public void Set(string id, string? username) => known = new Known(id, username ?? string.Empty);

    /// <summary>True when <paramref name="userId"/> is the bot's own id.</summary>
    public bool IsId(string? userId) => userId is not null && userId == Id;

    /// <summary>True for "@name" or "name" when it is this bot's name (user names compare case-insensitively).</summary>
    public bool IsMe(string mention) =>
        Username.Length > 0 && mention.TrimStart('@').Equals(Username, StringComparison.OrdinalIgnoreCase);

    private sealed record Known(string Id, string Username);
}
