namespace FactCheck.Core.Tips;

/// <summary>One pending notification: tell <paramref name="Asker"/> the verdict of <paramref name="ClaimId"/> for their tip.</summary>
/// <param name="Id">Outbox row id; pass it to <see cref="ITipStore.MarkSentAsync"/> once delivered.</param>
/// <param name="TipId">The tip the asker submitted.</param>
/// <param name="Asker">Who to tell, and in which chat and language.</param>
/// <param name="ClaimId">The claim whose reviews carry the verdict and citations to send.</param>
/// <param name="ClaimVersion">The claim's content hash when enqueued; a corrected claim has another.</param>
/// <param name="IsUpdate">True when an earlier verdict was already enqueued for this tip: mark the message as updated.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
public sealed record OutboxMessage(
    long Id,
    long TipId,
    Asker Asker,
    string ClaimId,
    string ClaimVersion,
    bool IsUpdate,
    DateTimeOffset CreatedAt);
