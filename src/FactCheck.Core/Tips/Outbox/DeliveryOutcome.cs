namespace FactCheck.Core.Tips.Outbox;

/// <summary>What a platform made of one notification.</summary>
public enum DeliveryOutcome
{
    /// <summary>Delivered: mark it sent.</summary>
    Sent,

    /// <summary>Not now (rate limit, network, server error): keep it pending and stop this pass.</summary>
    RetryLater,

    /// <summary>Can never be delivered (the user blocked the bot, the chat is gone): drop it.</summary>
    Undeliverable,
}
