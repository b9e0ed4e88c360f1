namespace FactCheck.Core.Tips.Outbox;

/// <summary>One pending post in a reviewers' chat (a new or joined tip), delivered and retried like a verdict notification.</summary>
/// <param name="Id">Outbox row id.</param>
/// <param name="Platform">The platform of the chat.</param>
/// <param name="ChatId">The reviewers' chat (Telegram chat id, Discord channel id).</param>
/// <param name="Text">Plain text in Reviewers:Language; the adapter escapes it.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
public sealed record ReviewerNotice(long Id, string Platform, string ChatId, string Text, DateTimeOffset CreatedAt)
{
    /// <summary>The tip whose image is posted with the text (a tip submitted as an image), else null.</summary>
    public long? ImageTipId { get; init; }
}
