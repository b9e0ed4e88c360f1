using System.Data.Common;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IClaimStore"/> does, on every provider.</summary>
public abstract class ClaimStoreContract
{
    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Stores_and_loads_every_field_of_a_claim()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        var full = Claims.Make("a");
        var sparse = new Claim("b", "Sparse claim", "und", [], [], [new Review("", new Publisher(""), "", Verdict.Other)]);

        var counts = await store.UpsertAsync([full, sparse], CancellationToken.None);
        var loaded = await target.ClaimStore().LoadAllAsync(CancellationToken.None);

        Assert.Equal(new UpsertCounts(2, 0, 0), counts);
        Assert.Equal(2, await store.CountAsync(CancellationToken.None));
        AssertSame(full, loaded[0]);
        AssertSame(sparse, loaded[1]);
        AssertSame(full, (await store.GetAsync("a", CancellationToken.None))!);
        Assert.Null(await store.GetAsync("missing", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Claims_load_in_ordinal_id_order_whatever_the_database_collation()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();

        await store.UpsertAsync([Claims.Make("b"), Claims.Make("B"), Claims.Make("a-2"), Claims.Make("a_1"), Claims.Make("ä")], CancellationToken.None);

        Assert.Equal(["B", "a-2", "a_1", "b", "ä"], (await store.LoadAllAsync(CancellationToken.None)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task Upserting_the_same_claims_again_reports_them_unchanged_and_changes_nothing()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        Claim[] claims = [Claims.Make("a"), Claims.Make("b")];
        await store.UpsertAsync(claims, CancellationToken.None);
        var before = await target.DumpAsync();

        var again = await store.UpsertAsync(claims, CancellationToken.None);

        Assert.Equal(new UpsertCounts(0, 0, 2), again);
        Assert.Equal(before, await target.DumpAsync());
    }

    [SkippableFact]
    public async Task A_changed_rating_is_an_update_of_that_review()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        await store.UpsertAsync([Claims.Make("a"), Claims.Make("b")], CancellationToken.None);

        var counts = await store.UpsertAsync([Claims.Make("a", rating: "Misleading"), Claims.Make("b")], CancellationToken.None);

        Assert.Equal(new UpsertCounts(0, 1, 1), counts);
        var review = Assert.Single((await store.LoadAllAsync(CancellationToken.None))[0].Reviews);
        Assert.Equal(("Misleading", Verdict.Misleading), (review.RatingText, review.Verdict));
    }

    [SkippableFact]
    public async Task A_review_from_another_source_joins_the_stored_claim_and_reimporting_either_changes_nothing()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        var fromFileA = Claims.Make("a");
        var fromFileB = Claims.Make("a", rating: "Unproven", url: "https://other.example.net/a");
        await store.UpsertAsync([fromFileA], CancellationToken.None);

        var joined = await store.UpsertAsync([fromFileB], CancellationToken.None);
        var againA = await store.UpsertAsync([fromFileA], CancellationToken.None);
        var againB = await store.UpsertAsync([fromFileB], CancellationToken.None);

        Assert.Equal(new UpsertCounts(0, 1, 0), joined);
        Assert.Equal(new UpsertCounts(0, 0, 1), againA);
        Assert.Equal(new UpsertCounts(0, 0, 1), againB);
        var stored = Assert.Single(await store.LoadAllAsync(CancellationToken.None));
        Assert.Equal(["https://factcheck.example.org/a", "https://other.example.net/a"], stored.Reviews.Select(r => r.Url));
    }

    [SkippableFact]
    public async Task An_upsert_failing_midway_leaves_the_store_as_it_was()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        await store.UpsertAsync([Claims.Make("a")], CancellationToken.None);
        var before = await target.DumpAsync();
        var duplicateReviews = Claims.Make("c") is var c ? c with { Reviews = [c.Reviews[0], c.Reviews[0]] } : null!;

        // New claim b and a changed a are written before c breaks the (claim, review URL) key.
        await Assert.ThrowsAnyAsync<DbException>(() =>
            store.UpsertAsync([Claims.Make("b"), Claims.Make("a", rating: "True"), duplicateReviews], CancellationToken.None));

        Assert.Equal(before, await target.DumpAsync());
        Assert.Equal(1, await store.CountAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task An_upsert_cancelled_midway_stores_nothing()
    {
        await using var target = await OpenAsync();
        var store = target.ClaimStore();
        await store.InitializeAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var claims = new CancellingList([.. Enumerable.Range(0, 50).Select(i => Claims.Make($"c{i}"))], cancelAt: 25, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(claims, cancel.Token));

        Assert.Equal(0, await store.CountAsync(CancellationToken.None));
    }

    private static void AssertSame(Claim expected, Claim actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Phrasings, actual.Phrasings);
        Assert.Equal(expected.Appearances, actual.Appearances);
        Assert.Equal(expected.Reviews, actual.Reviews);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : ClaimStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : ClaimStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
