using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IClaimChangeLog"/> does, on every provider.</summary>
public abstract class ClaimChangeLogContract
{
    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Every_added_changed_or_deleted_claim_takes_the_next_change_number_and_an_unchanged_one_takes_none()
    {
        await using var temp = await OpenAsync();
        var store = temp.ClaimStore();
        var log = temp.ChangeLog();

        await store.UpsertAsync([Claims.Make("a"), Claims.Make("b")], CancellationToken.None);
        var afterImport = await log.StateAsync(CancellationToken.None);
        await store.UpsertAsync([Claims.Make("a")], CancellationToken.None);
        var afterSameAgain = await log.StateAsync(CancellationToken.None);
        await store.UpsertAsync([Claims.Make("a", rating: "True")], CancellationToken.None);
        await temp.ExecuteAsync("DELETE FROM claims WHERE id = 'b'");

        var changes = await log.ChangesAfterAsync(afterImport.Sequence, 100, CancellationToken.None);
        Assert.Equal((2L, 2), (afterImport.Sequence, afterImport.ClaimCount));
        Assert.Equal(afterImport.Sequence, afterSameAgain.Sequence);
        Assert.Equal([("a", true), ("b", false)], changes.Select(c => (c.ClaimId, c.Claim is not null)));
        Assert.Equal([3L, 4L], changes.Select(c => c.Sequence));
        Assert.Equal(Verdict.True, changes[0].Claim!.Reviews.Single(r => r.Url == "https://factcheck.example.org/a").Verdict);
        Assert.Equal(1, (await log.StateAsync(CancellationToken.None)).ClaimCount);
    }

    [SkippableFact]
    public async Task Changes_are_read_in_batches_oldest_first_with_each_claim_once_at_its_latest_number()
    {
        await using var temp = await OpenAsync();
        var store = temp.ClaimStore();
        var log = temp.ChangeLog();
        foreach (var id in new[] { "a", "b", "c" })
        {
            await store.UpsertAsync([Claims.Make(id)], CancellationToken.None);
        }

        await store.UpsertAsync([Claims.Make("a", rating: "True")], CancellationToken.None);

        var first = await log.ChangesAfterAsync(0, 2, CancellationToken.None);
        var rest = await log.ChangesAfterAsync(first[^1].Sequence, 2, CancellationToken.None);
        Assert.Equal(["b", "c"], first.Select(c => c.ClaimId));
        Assert.Equal(["a"], rest.Select(c => c.ClaimId));
        Assert.Equal(4L, rest[0].Sequence);
    }

    [SkippableFact]
    public async Task Two_stores_have_different_identities_so_an_index_built_for_one_is_not_taken_for_the_other()
    {
        await using var temp = await OpenAsync();
        await using var other = await OpenAsync();
        var one = await temp.ChangeLog().StateAsync(CancellationToken.None);
        var two = await other.ChangeLog().StateAsync(CancellationToken.None);
        Assert.NotEqual(one.StoreId, two.StoreId);
        Assert.Equal(32, one.StoreId.Length);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : ClaimChangeLogContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : ClaimChangeLogContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
