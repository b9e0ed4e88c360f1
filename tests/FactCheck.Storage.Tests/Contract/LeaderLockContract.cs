using FactCheck.Core.Storage;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="ILeaderLock"/> does: one holder at a time, free again once the holder lets go.</summary>
public abstract class LeaderLockContract
{
    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task One_instance_holds_a_named_lock_at_a_time_and_another_takes_it_once_released()
    {
        await using var target = await OpenAsync();
        var first = await target.LeaderLock().TryAcquireAsync("telegram-poller", CancellationToken.None);
        var second = await target.LeaderLock().TryAcquireAsync("telegram-poller", CancellationToken.None);
        await using var otherName = await target.LeaderLock().TryAcquireAsync("other", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(otherName);
        Assert.False(first.Lost.IsCancellationRequested);

        await first.DisposeAsync();
        await using var next = await target.LeaderLock().TryAcquireAsync("telegram-poller", CancellationToken.None);
        Assert.NotNull(next);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : LeaderLockContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : LeaderLockContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
