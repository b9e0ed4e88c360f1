using System.Collections.Concurrent;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>Two instances deliver one published verdict with 50 askers side by side, each through its own stores:
/// every asker is notified exactly once, also when one instance's sends are refused for a while.</summary>
public abstract class TwoInstanceOutboxContract
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task A_verdict_with_50_askers_delivered_by_two_instances_reaches_each_asker_exactly_once()
    {
        await using var target = await OpenAsync();
        var tips = target.Tips();
        long tipId = 0;
        for (var i = 0; i < 50; i++)
        {
            tipId = (await tips.SubmitAsync(new TipSubmission("Same rumour", new Asker("telegram", $"u{i}", $"c{i}", "en")), "h", "en", null, Start, CancellationToken.None)).TipId;
        }

        await tips.PublishAsync(tipId, Claims.Make("tip:1"), new Reviewer("telegram", "900"), Start, CancellationToken.None);
        var delivered = new ConcurrentQueue<string>();
        var one = new CountingChannel(delivered, refuseFirst: 5);
        var two = new CountingChannel(delivered, refuseFirst: 0);

        // Small batches, as each instance's delivery loop takes them; each instance with its own store objects.
        await Task.WhenAll(
            Task.Run(() => DeliverAllAsync(new TipOutbox(target.Tips(), target.ClaimStore(), TimeProvider.System), one)),
            Task.Run(() => DeliverAllAsync(new TipOutbox(target.Tips(), target.ClaimStore(), TimeProvider.System), two)));

        Assert.Equal(50, delivered.Count);
        Assert.Equal(50, delivered.Distinct().Count());
        Assert.True(two.Sent > 0);
    }

    private static async Task DeliverAllAsync(TipOutbox outbox, CountingChannel channel)
    {
        // Until a pass finds nothing to take; a deferred pass (refused sends) released its rows for either instance.
        while (await outbox.DeliverPendingAsync(channel, 4, CancellationToken.None) is var pass && (!pass.Idle || pass.Deferred))
        {
        }
    }

    /// <summary>A platform that counts what it received; the first sends of one instance are refused ("retry later").</summary>
    private sealed class CountingChannel(ConcurrentQueue<string> delivered, int refuseFirst) : ITipNotificationChannel
    {
        private int refused;
        private int sent;

        public string Platform => "telegram";

        public int Sent => sent;

        public Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref refused) <= refuseFirst)
            {
                return Task.FromResult(DeliveryOutcome.RetryLater);
            }

            delivered.Enqueue(notification.Message.Asker.UserId);
            Interlocked.Increment(ref sent);
            return Task.FromResult(DeliveryOutcome.Sent);
        }
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : TwoInstanceOutboxContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : TwoInstanceOutboxContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
