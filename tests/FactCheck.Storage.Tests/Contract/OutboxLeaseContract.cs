using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>Outbox rows and reviewers' notices are taken under a lease: two instances never take the same row, a
/// released row is free at once, and a crashed instance's rows are taken again once its lease runs out.</summary>
public abstract class OutboxLeaseContract
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly OutboxLease Lease = new(TimeSpan.FromMinutes(2));

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Two_instances_taking_at_once_share_the_rows_without_overlap_and_a_third_finds_none_left()
    {
        await using var target = await OpenAsync();
        var time = new ManualTime(Start);
        await PublishToAskersAsync(target, 40);

        // Small batches from two stores at once, as two instances' delivery loops would take them.
        var taken = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var store = target.Tips(time, Lease);
            var mine = new List<long>();
            while (await store.DequeuePendingAsync("telegram", 3, CancellationToken.None) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(m => m.Id));
            }

            return mine;
        })));

        var all = taken.SelectMany(ids => ids).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
        Assert.Empty(await target.Tips(time, Lease).DequeuePendingAsync("telegram", 100, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Rows_of_a_crashed_instance_are_taken_again_only_after_the_lease_and_sent_rows_never()
    {
        await using var target = await OpenAsync();
        var time = new ManualTime(Start);
        await PublishToAskersAsync(target, 3);
        var crashed = await target.Tips(time, Lease).DequeuePendingAsync("telegram", 10, CancellationToken.None);
        await target.Tips(time, Lease).MarkSentAsync(crashed[0].Id, time.Now, CancellationToken.None);

        time.Now += Lease.Duration - TimeSpan.FromSeconds(1);
        var whileLeased = await target.Tips(time, Lease).DequeuePendingAsync("telegram", 10, CancellationToken.None);
        time.Now += TimeSpan.FromSeconds(1);
        var afterLease = await target.Tips(time, Lease).DequeuePendingAsync("telegram", 10, CancellationToken.None);

        Assert.Equal(3, crashed.Count);
        Assert.Empty(whileLeased);
        Assert.Equal(crashed.Skip(1).Select(m => m.Id), afterLease.Select(m => m.Id));
    }

    [SkippableFact]
    public async Task Released_rows_are_free_at_once_in_their_order()
    {
        await using var target = await OpenAsync();
        var time = new ManualTime(Start);
        await PublishToAskersAsync(target, 4);
        var store = target.Tips(time, Lease);
        var first = await store.DequeuePendingAsync("telegram", 10, CancellationToken.None);

        await store.ReleaseAsync([first[2].Id, first[3].Id], CancellationToken.None);
        var again = await target.Tips(time, Lease).DequeuePendingAsync("telegram", 10, CancellationToken.None);

        Assert.Equal([first[2].Id, first[3].Id], again.Select(m => m.Id));
    }

    [SkippableFact]
    public async Task Reviewer_notices_are_leased_released_and_taken_again_after_a_crash_like_notifications()
    {
        await using var target = await OpenAsync();
        var time = new ManualTime(Start);
        await target.ReviewerNotices(time, Lease).EnqueueAsync([("telegram", "-100"), ("telegram", "-200"), ("discord", "9")], "New tip #1", Start, CancellationToken.None);
        var one = target.ReviewerNotices(time, Lease);
        var two = target.ReviewerNotices(time, Lease);

        var taken = await one.PendingAsync("telegram", 1, CancellationToken.None);
        var other = await two.PendingAsync("telegram", 10, CancellationToken.None);
        var none = await two.PendingAsync("telegram", 10, CancellationToken.None);
        await two.ReleaseAsync([other[0].Id], CancellationToken.None);
        var released = await one.PendingAsync("telegram", 10, CancellationToken.None);
        await one.MarkSentAsync(released[0].Id, time.Now, CancellationToken.None);
        time.Now += Lease.Duration;
        var afterCrash = await two.PendingAsync("telegram", 10, CancellationToken.None);

        Assert.Equal(["-100"], taken.Select(n => n.ChatId));
        Assert.Equal(["-200"], other.Select(n => n.ChatId));
        Assert.Empty(none);
        Assert.Equal(["-200"], released.Select(n => n.ChatId));
        Assert.Equal(["-100"], afterCrash.Select(n => n.ChatId));
        Assert.Equal(Start, afterCrash[0].CreatedAt);
    }

    /// <summary>One published tip asked by <paramref name="askers"/> Telegram users: one pending row each.</summary>
    private static async Task PublishToAskersAsync(StoreTarget target, int askers)
    {
        var tips = target.Tips();
        long tipId = 0;
        for (var i = 0; i < askers; i++)
        {
            var asker = new Asker("telegram", $"u{i}", $"chat{i}", "en");
            tipId = (await tips.SubmitAsync(new TipSubmission("Same rumour", asker), "hash", "en", null, Start, CancellationToken.None)).TipId;
        }

        await tips.PublishAsync(tipId, Claims.Make("tip:1"), new Reviewer("telegram", "900"), Start, CancellationToken.None);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : OutboxLeaseContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : OutboxLeaseContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
