using FactCheck.Storage.Postgres;
using FactCheck.Storage.Tests.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What only PostgreSQL does for several instances: a dead leader's lock is freed and its loss is signalled,
/// and a claim written anywhere wakes the listeners at once.</summary>
public sealed class PostgresInstanceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task A_leader_whose_connection_dies_is_told_it_lost_and_another_instance_takes_the_lock()
    {
        await using var target = await PostgresTarget.CreateAsync();
        await using var leader = await target.LeaderLock().TryAcquireAsync("telegram-poller", CancellationToken.None);
        Assert.NotNull(leader);
        var lost = new TaskCompletionSource();
        await using var registration = leader.Lost.Register(lost.SetResult);

        // What the server does when the leader's process dies: its session ends and its locks go with it.
        // Only the session holding this schema's poller lock (a bigint key: high half in classid, low half in objid).
        await target.ExecuteAsync("""
            SELECT pg_terminate_backend(l.pid) FROM pg_locks l,
                (SELECT hashtext(current_schema() || '.leader.telegram-poller')::bigint AS k) key
            WHERE l.locktype = 'advisory' AND l.objsubid = 1
              AND l.objid = (key.k & 4294967295)::oid AND l.classid = ((key.k >> 32) & 4294967295)::oid
            """);
        await lost.Task.WaitAsync(Deadline);
        await using var successor = await target.LeaderLock().TryAcquireAsync("telegram-poller", CancellationToken.None);

        Assert.NotNull(successor);
    }

    [SkippableFact]
    public async Task A_claim_written_by_another_instance_wakes_the_listener_and_one_in_another_schema_does_not()
    {
        await using var target = await PostgresTarget.CreateAsync();
        await using var elsewhere = await PostgresTarget.CreateAsync();
        await using var signal = new PostgresClaimChangeSignal(target.Database(), TimeProvider.System, NullLogger<PostgresClaimChangeSignal>.Instance);
        await signal.NextChangeAsync(CancellationToken.None).WaitAsync(Deadline); // the first wake: listening started

        var other = signal.NextChangeAsync(CancellationToken.None);
        await elsewhere.ClaimStore().UpsertAsync([Claims.Make("elsewhere")], CancellationToken.None);
        var woken = signal.NextChangeAsync(CancellationToken.None);
        await target.ClaimStore().UpsertAsync([Claims.Make("a")], CancellationToken.None);

        await woken.WaitAsync(Deadline);
        Assert.Same(other, woken);
    }
}
