using FactCheck.Core.Feeds;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IFeedStateStore"/> does, on every provider.</summary>
public abstract class FeedStateStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task A_failed_run_keeps_the_cursor_and_last_success_and_a_later_success_clears_the_error()
    {
        await using var db = await OpenAsync();
        var store = db.Feeds();

        await store.SaveRunAsync("tbh", Monday, "2026-11-20", null, CancellationToken.None);
        await store.SaveRunAsync("tbh", Monday.AddHours(1), null, "https://x/sitemap.xml: HTTP 503", CancellationToken.None);
        var failed = Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        await store.SaveRunAsync("tbh", Monday.AddHours(2), "2026-11-22", null, CancellationToken.None);
        var recovered = Assert.Single(await db.Feeds().ListSourcesAsync(CancellationToken.None));

        Assert.Equal(new FeedSourceState("tbh", Monday.AddHours(1), Monday, "2026-11-20", "https://x/sitemap.xml: HTTP 503", Monday.AddHours(1)), failed);
        Assert.Equal(new FeedSourceState("tbh", Monday.AddHours(2), Monday.AddHours(2), "2026-11-22", null, null), recovered);
    }

    [SkippableFact]
    public async Task A_304_keeps_the_stored_validators_and_moves_the_read_time()
    {
        await using var db = await OpenAsync();
        var store = db.Feeds();

        await store.SaveResourceAsync("tbh", "https://x/a", new ResourceValidators("\"v1\"", "Sun, 22 Nov 2026 10:00:00 GMT"), Monday, CancellationToken.None);
        await store.SaveResourceAsync("tbh", "https://x/a", new ResourceValidators(null, null), Monday.AddDays(1), CancellationToken.None);

        var known = await store.GetResourceAsync("tbh", "https://x/a", CancellationToken.None);
        Assert.Equal(new FeedResourceState("https://x/a", new ResourceValidators("\"v1\"", "Sun, 22 Nov 2026 10:00:00 GMT"), Monday.AddDays(1)), known);
        Assert.Null(await store.GetResourceAsync("other", "https://x/a", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_suggestion_is_stored_once_per_tip_and_claim_and_only_for_a_tip_that_exists()
    {
        await using var db = await OpenAsync();
        var store = db.Feeds();
        await db.ExecuteAsync("INSERT INTO tips (id, text, text_hash, language, status, ask_count, created_at, updated_at) " +
            "VALUES (7, 'tip text', 'h', 'en', 'Open', 1, '2026-11-23T08:00:00Z', '2026-11-23T08:00:00Z')");

        var first = await store.AddSuggestionAsync(new FeedSuggestion(7, "u-1", "tbh", 0.91, Monday), CancellationToken.None);
        var again = await store.AddSuggestionAsync(new FeedSuggestion(7, "u-1", "tbh", 0.95, Monday.AddHours(1)), CancellationToken.None);
        var noTip = await store.AddSuggestionAsync(new FeedSuggestion(8, "u-1", "tbh", 0.91, Monday), CancellationToken.None);

        Assert.Equal((true, false, false), (first, again, noTip));
        var open = Assert.Single(await store.ListOpenSuggestionsAsync(10, CancellationToken.None));
        Assert.Equal("/attach 7 u-1", open.AttachCommand);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : FeedStateStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : FeedStateStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
