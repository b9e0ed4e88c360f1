namespace FactCheck.Core.Conversation;

/// <summary>Whether one more action fits in a sliding-window limit.</summary>
public enum LimitResult
{
    Allowed,

    /// <summary>Over the limit, for the first time in this window: worth telling the user once.</summary>
    RefusedFirst,

    /// <summary>Over the limit again: stay quiet rather than flood the chat with refusals.</summary>
    Refused,
}
