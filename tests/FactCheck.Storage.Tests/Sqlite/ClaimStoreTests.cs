using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

public class ClaimStoreTests
{
    [Fact]
    public async Task Stores_and_loads_every_field_of_a_claim()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
        var full = Claims.Make("a");
        var sparse = new Claim("b", "Sparse claim", "und", [], [], [new Review("", new Publisher(""), "", Verdict.Other)]);

        var counts = await store.UpsertAsync([full, sparse], CancellationToken.None);
        var loaded = await new SqliteClaimStore(db.ConnectionString).LoadAllAsync(CancellationToken.None);

        Assert.Equal(new UpsertCounts(2, 0, 0), counts);
        Assert.Equal(2, await store.CountAsync(CancellationToken.None));
        AssertSame(full, loaded[0]);
        AssertSame(sparse, loaded[1]);
    }

    [Fact]
    public async Task Upserting_the_same_claims_again_reports_them_unchanged_and_changes_nothing()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
        Claim[] claims = [Claims.Make("a"), Claims.Make("b")];
        await store.UpsertAsync(claims, CancellationToken.None);
        var before = await db.DumpAsync();

        var again = await store.UpsertAsync(claims, CancellationToken.None);

        Assert.Equal(new UpsertCounts(0, 0, 2), again);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Fact]
    public async Task A_changed_rating_is_an_update_of_that_review()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
        await store.UpsertAsync([Claims.Make("a"), Claims.Make("b")], CancellationToken.None);

        var counts = await store.UpsertAsync([Claims.Make("a", rating: "Misleading"), Claims.Make("b")], CancellationToken.None);

        Assert.Equal(new UpsertCounts(0, 1, 1), counts);
        var review = Assert.Single((await store.LoadAllAsync(CancellationToken.None))[0].Reviews);
        Assert.Equal(("Misleading", Verdict.Misleading), (review.RatingText, review.Verdict));
    }

    [Fact]
    public async Task A_review_from_another_source_joins_the_stored_claim_and_reimporting_either_changes_nothing()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
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

    [Fact]
    public async Task An_upsert_failing_midway_leaves_the_store_as_it_was()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
        await store.UpsertAsync([Claims.Make("a")], CancellationToken.None);
        var before = await db.DumpAsync();
        var duplicateReviews = Claims.Make("c") is var c ? c with { Reviews = [c.Reviews[0], c.Reviews[0]] } : null!;

        // New claim b and a changed a are written before c breaks the (claim, review URL) key.
        await Assert.ThrowsAsync<SqliteException>(() =>
            store.UpsertAsync([Claims.Make("b"), Claims.Make("a", rating: "True"), duplicateReviews], CancellationToken.None));

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal(1, await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_upsert_cancelled_midway_stores_nothing()
    {
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
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
}
