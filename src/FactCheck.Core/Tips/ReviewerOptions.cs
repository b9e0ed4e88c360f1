using FactCheck.Core.Conversation;

namespace FactCheck.Core.Tips;

/// <summary>The `Reviewers` section: who may handle tips, per platform, by user id or by reviewers' chat.</summary>
public sealed class ReviewerOptions
{
    public const string Section = "Reviewers";

    /// <summary>Telegram user ids (numbers, as text).</summary>
    public IList<string> Telegram { get; init; } = [];

    /// <summary>Discord user ids (snowflakes, as text).</summary>
    public IList<string> Discord { get; init; } = [];

    /// <summary>Telegram chat ids (a group's id is negative) whose members are all reviewers; new tips are announced there.</summary>
    public IList<string> TelegramChats { get; init; } = [];

    /// <summary>Discord channel ids whose members are all reviewers; new tips are announced there.</summary>
    public IList<string> DiscordChannels { get; init; } = [];

    /// <summary>The language of what the bot posts in the reviewers' chats on its own (a new or joined tip): "en" or
    /// "id". A reviewer's own commands are still answered in that reviewer's language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>True when <see cref="Language"/> is one the tipline's text exists in ("en" or "id", any case).</summary>
    public bool HasKnownLanguage() =>
        Language?.Trim().ToLowerInvariant() is "en" or "id";

    /// <summary>True when <paramref name="reviewer"/> may act. The command line is trusted: whoever runs it holds the database file.</summary>
    public bool Allows(Reviewer reviewer)
    {
        if (reviewer.Platform == Reviewer.CommandLine)
        {
            return true;
        }

        var platform = new Platform(reviewer.Platform);
        return Listed(UsersOf(platform), reviewer.UserId)
            || (reviewer.ChatId is { } chat && Listed(ChatsOf(platform), chat));
    }

    /// <summary>The reviewers' chats of a platform, where new tips are announced.</summary>
    public IReadOnlyList<string> ChatsOf(string platform) => ChatsOf(new Platform(platform));

    /// <summary>The reviewers' chats of a platform, where new tips are announced: the platform-keyed view of the
    /// configuration keys Reviewers:TelegramChats and Reviewers:DiscordChannels.</summary>
    public IReadOnlyList<string> ChatsOf(Platform platform) =>
        [.. (ChatsByPlatform.TryGetValue(platform, out var chats) ? chats : []).Select(c => c.Trim()).Where(c => c.Length > 0)];

    /// <summary>The reviewers' user ids of a platform (Reviewers:Telegram, Reviewers:Discord).</summary>
    public IReadOnlyList<string> UsersOf(Platform platform) =>
        [.. (UsersByPlatform.TryGetValue(platform, out var users) ? users : []).Select(c => c.Trim()).Where(c => c.Length > 0)];

    // The configuration keys predate platforms as data; they are read through these two maps only.
    private Dictionary<Platform, IList<string>> UsersByPlatform => new() { [Conversation.Platform.Telegram] = Telegram, [Conversation.Platform.Discord] = Discord };

    private Dictionary<Platform, IList<string>> ChatsByPlatform => new() { [Conversation.Platform.Telegram] = TelegramChats, [Conversation.Platform.Discord] = DiscordChannels };

    /// <summary>The first id that is not a plain number (both platforms use numeric ids, a Telegram group's negative), or null.</summary>
    public string? FirstInvalidId() =>
        Telegram.Concat(Discord).Concat(DiscordChannels).FirstOrDefault(id => !IsNumber(id, negative: false))
        ?? TelegramChats.FirstOrDefault(id => !IsNumber(id, negative: true));

    private static bool Listed(IEnumerable<string> ids, string id) =>
        ids.Any(listed => string.Equals(listed.Trim(), id, StringComparison.Ordinal));

    private static bool IsNumber(string? id, bool negative)
    {
        var text = id?.Trim() ?? string.Empty;
        if (negative && text.StartsWith('-'))
        {
            text = text[1..];
        }

        return text.Length > 0 && text.All(char.IsAsciiDigit);
    }
}
