namespace FactCheck.Telegram.Sending;

/// <summary>What became of an outgoing request; none of these stops the bot.</summary>
internal enum SendOutcome
{
    Sent,

    /// <summary>The user blocked the bot, left, or the chat is gone (403, or 400 chat not found).</summary>
    ChatUnavailable,

    /// <summary>Telegram refused it for another reason (a 400 other than a missing chat); retrying would not help. Logged.</summary>
    Failed,

    /// <summary>It kept failing for a passing reason (429 beyond the retries, network, 5xx): nothing was delivered, and a
    /// later attempt may succeed. Logged.</summary>
    TryLater,
}
