using FactCheck.Core.Conversation.Commands;

namespace FactCheck.Core.Conversation;

/// <summary>One thing a user said to the bot, as the adapter read it from its platform.</summary>
/// <param name="Platform">Where it came from.</param>
/// <param name="UserId">The platform's user id.</param>
/// <param name="ChatId">Where the user spoke (a private chat, a group, a DM or server channel); reviewers' chats let
/// every member act, and a private submission is answered there.</param>
/// <param name="Text">The message's text (for a check, everything readable: a caption, a quoted reply).</param>
/// <param name="Locale">The language the user's client reports, if any; a language chosen with /language wins.</param>
/// <param name="Command">A command the surface parsed itself (Discord's slash options); null to read <paramref name="Text"/>.</param>
public sealed record Incoming(Platform Platform, string UserId, string ChatId, string Text, string? Locale = null, ChatCommand? Command = null)
{
    /// <summary>Links the message carries outside its words (Telegram's text links, Discord's embeds).</summary>
    public IReadOnlyList<string>? Urls { get; init; }

    /// <summary>For a /submit without text: what the user meant (the replied-to message, or the last message checked).</summary>
    public string? SubmitFallback { get; init; }

    /// <summary>True when others see the answer (a group, a server channel): a reviewer's queue and tips are never read
    /// out there, except in a configured reviewers' chat.</summary>
    public bool SeenByOthers { get; init; }

    /// <summary>True when the user is not in a private chat with the bot, so a verdict would reach them privately
    /// instead of "here".</summary>
    public bool NotifiedPrivately { get; init; }

    /// <summary>An image sent with the message (its caption is <see cref="Text"/>): read, fingerprinted and checked.</summary>
    public IncomingImage? Image { get; init; }

    /// <summary>The chat a private notification goes to (Telegram: the user's id in a group); <see cref="ChatId"/> by default.</summary>
    public string? NotifyChatId { get; init; }
}
