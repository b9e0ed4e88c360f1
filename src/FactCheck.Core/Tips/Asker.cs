namespace FactCheck.Core.Tips;

/// <summary>A user who submitted a tip, and where to tell them the answer.</summary>
/// <param name="Platform">"telegram", "discord", "cli".</param>
/// <param name="UserId">The platform's user id.</param>
/// <param name="ChatId">The chat to send the answer to (a private chat or DM channel); on Discord the channel the user acted in.</param>
/// <param name="Language">Reply language ("en" or "id").</param>
/// <param name="OptedOut">True when the user asked not to be notified.</param>
public sealed record Asker(string Platform, string UserId, string ChatId, string Language, bool OptedOut = false)
{
    /// <summary>True when the user is talking to the bot in a group or server channel, but a verdict would reach them in
    /// a private message instead: the desk's answers then say so rather than "here". Not stored: it describes one request.</summary>
    public bool NotifiedPrivately { get; init; }
}
