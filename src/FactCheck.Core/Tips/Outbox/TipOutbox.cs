using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips.Desk;

namespace FactCheck.Core.Tips.Outbox;

/// <summary>Delivers a platform's pending tip notifications: compose each from its stored claim, send, mark sent.</summary>
/// <remarks>A row is marked sent right after its send succeeds, one by one, so a crash loses nothing and repeats at
/// most the one message in flight. The outbox itself was filled in the same transaction as the publish.</remarks>
public sealed class TipOutbox(ITipStore tips, IClaimStore claims, TimeProvider time)
{
    private const int PassageLength = 300;

    /// <summary>How long a send already on its way may still finish when the host stops: cut short after the platform
    /// got the message, it would never be marked sent and would go out again after the restart.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    // After this many users' sends asked to wait in one pass, the platform itself is likely unreachable: stop trying.
    private const int MaxDeferredChats = 3;

    /// <summary>One pass over up to <paramref name="batch"/> pending rows of the channel's platform, oldest first.</summary>
    /// <remarks>A user whose send asks to wait keeps their rows pending (in order) while other users' rows still go out; when
    /// <paramref name="cancellationToken"/> fires, no new send starts, and the one in flight gets <see cref="StopGrace"/>.</remarks>
    public async Task<OutboxPass> DeliverPendingAsync(ITipNotificationChannel channel, int batch, CancellationToken cancellationToken)
    {
        int sent = 0, dropped = 0;
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        var sources = new Dictionary<(string ClaimId, long TipId), (Claim? Claim, Tip? Tip)>();
        var taken = await tips.DequeuePendingAsync(channel.Platform, batch, cancellationToken);
        var untried = taken.Select(m => m.Id).ToHashSet();
        try
        {
            foreach (var message in taken)
            {
                if (cancellationToken.IsCancellationRequested || waiting.Count >= MaxDeferredChats)
                {
                    break;
                }

                if (waiting.Contains(message.Asker.UserId))
                {
                    continue;
                }

                // A published tip queues one row per asker: its claim and text are read once per pass, not once per asker.
                if (!sources.TryGetValue((message.ClaimId, message.TipId), out var source))
                {
                    source = (await claims.GetAsync(message.ClaimId, cancellationToken), await tips.GetAsync(message.TipId, cancellationToken));
                    sources[(message.ClaimId, message.TipId)] = source;
                }

                var notification = Compose(message, source.Claim, source.Tip);
                var outcome = notification is null ? DeliveryOutcome.Undeliverable : await SendAsync(channel, notification, cancellationToken);
                if (outcome == DeliveryOutcome.RetryLater)
                {
                    waiting.Add(message.Asker.UserId);
                    continue;
                }

                // Not cancellable: once the platform has the message, a mark cut short by a stopping host would send it
                // again after the restart.
                await tips.MarkSentAsync(message.Id, time.GetUtcNow(), CancellationToken.None);
                untried.Remove(message.Id);
                _ = outcome == DeliveryOutcome.Sent ? sent++ : dropped++;
            }
        }
        finally
        {
            // Rows this pass took but did not deliver go back at once (not after the lease), in their order, to any instance.
            await tips.ReleaseAsync(untried, CancellationToken.None);
        }

        return new OutboxPass(sent, dropped, Deferred: waiting.Count > 0);
    }

    private static async Task<DeliveryOutcome> SendAsync(ITipNotificationChannel channel, TipNotification notification, CancellationToken stopping)
    {
        using var grace = new CancellationTokenSource();
        await using var onStop = stopping.Register(() => grace.CancelAfter(StopGrace));
        return await channel.SendAsync(notification, grace.Token);
    }

    /// <summary>The notification for a row, or null when its claim is no longer stored (nothing true to say).</summary>
    private static TipNotification? Compose(OutboxMessage message, Claim? claim, Tip? tip)
    {
        if (claim is null || claim.Reviews.Count == 0)
        {
            return null;
        }

        var text = TipDeskText.For(message.Asker.Language);
        var passage = tip is null ? string.Empty : Shorten(tip.Text);
        var report = new CheckReport(
            text.Language,
            InputNote.None,
            [new ClaimMatch(claim, MatchDecision.Reply, 1, passage)],
            [],
            1);
        var heading = text.Format(message.IsUpdate ? text.NotificationUpdated : text.NotificationHeading, message.TipId);
        return new TipNotification(message, heading, report, text.NotificationFooter);
    }

    private static string Shorten(string text) =>
        text.Length <= PassageLength ? text : string.Concat(text.AsSpan(0, PassageLength - 1), "…");
}
