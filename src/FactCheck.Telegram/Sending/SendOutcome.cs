namespace FactCheck.Telegram.Sending;

/// <summary>What became of an outgoing request; none of these stops the bot.</summary>
internal enum SendOutcome
{
    Sent,

    /// <summary>The user blocked the bot, left, or the chat is gone (403, or 400 chat not found).</summary>
    ChatUnavailable,

    /// <summary>Telegram refused it for another reason, or it kept failing; logged.</summary>
    Failed,
}
