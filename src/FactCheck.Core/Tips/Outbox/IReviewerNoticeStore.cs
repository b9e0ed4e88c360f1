namespace FactCheck.Core.Tips.Outbox;

/// <summary>The durable queue of posts for the reviewers' chats (migration 0005).</summary>
public interface IReviewerNoticeStore
{
    /// <summary>Enqueues <paramref name="text"/> for each (platform, chat) in one transaction.</summary>
    Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Like <see cref="EnqueueAsync(IReadOnlyList{ValueTuple{string, string}}, string, DateTimeOffset, CancellationToken)"/>,
    /// with the tip whose image goes with the text; a store that keeps no images posts the text alone.</summary>
    Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, long? imageTipId, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueAsync(chats, text, now, cancellationToken);

    /// <summary>Takes the platform's pending notices, oldest first, under a lease as <see cref="ITipStore.DequeuePendingAsync"/>
    /// does; they stay pending until marked sent.</summary>
    Task<IReadOnlyList<ReviewerNotice>> PendingAsync(string platform, int limit, CancellationToken cancellationToken);

    /// <summary>Gives back notices taken and not delivered, so the next pass of any instance may take them at once.</summary>
    Task ReleaseAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Marks a notice delivered (or given up); marking it again changes nothing.</summary>
    Task MarkSentAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);
}
