using FactCheck.Core.Conversation;
using FactCheck.Core.Feeds;

namespace FactCheck.Core.Tips.Outbox;

/// <summary>Announces a new or joined tip in every platform's reviewers' chats through the outbox: a Telegram tip
/// reaches the Discord reviewers too, and a post that fails is tried again, like a verdict notification.</summary>
public sealed class ReviewerNotices(
    IReviewerNoticeStore store, ReviewerOptions reviewers, TimeProvider time, TipOutboxSignal? signal = null, ITipImageStore? images = null)
    : IReviewerAnnouncer
{
    /// <summary>Enqueues <paramref name="notice"/> for every configured reviewers' chat, then wakes the senders.</summary>
    public Task AnnounceAsync(string? notice, CancellationToken cancellationToken) => AnnounceAsync(notice, null, cancellationToken);

    /// <summary>Enqueues <paramref name="notice"/> with the image of tip <paramref name="imageTipId"/>, if any.</summary>
    public async Task AnnounceAsync(string? notice, long? imageTipId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(notice))
        {
            return;
        }

        var chats = Platform.All.SelectMany(p => reviewers.ChatsOf(p).Select(chat => (p.Name, chat))).ToList();
        if (chats.Count == 0)
        {
            return;
        }

        await store.EnqueueAsync(chats, notice, imageTipId, time.GetUtcNow(), cancellationToken);
        signal?.Pulse();
    }

    /// <summary>One pass over the platform's pending notices through <paramref name="channel"/>: sent and undeliverable
    /// ones are marked, a "retry later" stops the pass with the rest still pending.</summary>
    public async Task<OutboxPass> DeliverPendingAsync(ITipNotificationChannel channel, int batch, CancellationToken cancellationToken)
    {
        int sent = 0, dropped = 0;
        var taken = await store.PendingAsync(channel.Platform, batch, cancellationToken);
        var untried = taken.Select(n => n.Id).ToHashSet();
        try
        {
            foreach (var notice in taken)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                // The image may have been deleted since (/forget): the text still goes.
                var image = notice.ImageTipId is { } tipId && images is not null ? await images.GetAsync(tipId, cancellationToken) : null;
                var outcome = image is null
                    ? await channel.PostNoticeAsync(notice.ChatId, notice.Text, cancellationToken)
                    : await channel.PostNoticeAsync(notice.ChatId, notice.Text, image, notice.ImageTipId!.Value, cancellationToken);
                if (outcome == DeliveryOutcome.RetryLater)
                {
                    return new OutboxPass(sent, dropped, Deferred: true);
                }

                await store.MarkSentAsync(notice.Id, time.GetUtcNow(), CancellationToken.None);
                untried.Remove(notice.Id);
                _ = outcome == DeliveryOutcome.Sent ? sent++ : dropped++;
            }
        }
        finally
        {
            // Notices taken and not delivered go back at once (not after the lease), to any instance.
            await store.ReleaseAsync(untried, CancellationToken.None);
        }

        return new OutboxPass(sent, dropped, Deferred: false);
    }
}
