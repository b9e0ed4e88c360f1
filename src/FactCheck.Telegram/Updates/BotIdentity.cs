namespace FactCheck.Telegram.Updates;

/// <summary>Who the bot is (from getMe at start): needed to recognise mentions and commands addressed to it.</summary>
internal sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public void Set(long id, string? username)
    {
        Id = id;
        Username = username ?? string.Empty;
    }

    /// <summary>True for "@name" when it is this bot's name (Telegram usernames are case-insensitive).</summary>
    public bool IsMe(string mention) =>
        Username.Length > 0 && mention.TrimStart('@').Equals(Username, StringComparison.OrdinalIgnoreCase);
}
