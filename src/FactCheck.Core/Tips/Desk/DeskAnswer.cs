namespace FactCheck.Core.Tips.Desk;

/// <summary>The tipline's answer to a command: plain text for the caller, and what to post in the reviewers' chats.</summary>
/// <param name="Text">The reply to the caller (plain text; the adapter escapes it).</param>
/// <param name="ReviewersNotice">When a tip was created or joined: a line for the configured reviewers' chats, else null.</param>
/// <param name="PromisedPrivately">True when <paramref name="Text"/> promised the verdict in a private message (a submission
/// from a group, see <see cref="Asker.NotifiedPrivately"/>): an adapter may add what the user must do for it to reach them.</param>
public sealed record DeskAnswer(string Text, string? ReviewersNotice = null, bool PromisedPrivately = false)
{
    /// <summary>The tip whose image goes with <see cref="ReviewersNotice"/> (a new tip submitted as an image), else null.</summary>
    public long? ImageTipId { get; init; }
}
