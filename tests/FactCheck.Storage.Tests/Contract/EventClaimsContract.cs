using FactCheck.Core.Storage;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IEventClaims"/> does: one claimant among many, a completed event never again, and an
/// abandoned claim free once its lease runs out.</summary>
public abstract class EventClaimsContract
{
    private static readonly DateTimeOffset Start = new(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Of_instances_claiming_one_update_at_once_exactly_one_gets_it()
    {
        await using var target = await OpenAsync();
        await target.EventClaims().TryClaimAsync("telegram", "warm-up", Lease, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            target.EventClaims().TryClaimAsync("telegram", "update:7", Lease, CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r == EventClaim.Claimed));
        Assert.All(results.Where(r => r != EventClaim.Claimed), r => Assert.Equal(EventClaim.HeldElsewhere, r));
    }

    [SkippableFact]
    public async Task A_completed_update_is_done_for_everyone_and_another_platform_s_id_is_apart()
    {
        await using var target = await OpenAsync();
        var claims = target.EventClaims();
        await claims.TryClaimAsync("telegram", "update:1", Lease, CancellationToken.None);

        await claims.CompleteAsync("telegram", "update:1", CancellationToken.None);

        Assert.Equal(EventClaim.Done, await target.EventClaims().TryClaimAsync("telegram", "update:1", Lease, CancellationToken.None));
        Assert.Equal(EventClaim.Claimed, await target.EventClaims().TryClaimAsync("discord", "update:1", Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_claim_left_by_a_killed_instance_is_taken_again_once_its_lease_ran_out()
    {
        await using var target = await OpenAsync();
        var time = new ManualTime(Start);
        await target.EventClaims(time).TryClaimAsync("telegram", "update:9", Lease, CancellationToken.None);

        time.Now += Lease - TimeSpan.FromSeconds(1);
        var during = await target.EventClaims(time).TryClaimAsync("telegram", "update:9", Lease, CancellationToken.None);
        time.Now += TimeSpan.FromSeconds(1);
        var after = await target.EventClaims(time).TryClaimAsync("telegram", "update:9", Lease, CancellationToken.None);
        var again = await target.EventClaims(time).TryClaimAsync("telegram", "update:9", Lease, CancellationToken.None);

        Assert.Equal((EventClaim.HeldElsewhere, EventClaim.Claimed, EventClaim.HeldElsewhere), (during, after, again));
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : EventClaimsContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : EventClaimsContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
