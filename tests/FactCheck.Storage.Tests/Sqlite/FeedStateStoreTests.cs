using FactCheck.Core.Feeds;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

public class FeedStateStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_failed_run_keeps_the_cursor_and_last_success_and_a_later_success_clears_the_error()
    {
        using var db = new TempDatabase();
        var store = new SqliteFeedStateStore(new SqliteDatabase(db.ConnectionString));

        await store.SaveRunAsync("tbh", Monday, "2026-11-20", null, CancellationToken.None);
        await store.SaveRunAsync("tbh", Monday.AddHours(1), null, "https://x/sitemap.xml: HTTP 503", CancellationToken.None);
        var failed = Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        await store.SaveRunAsync("tbh", Monday.AddHours(2), "2026-11-22", null, CancellationToken.None);
        var recovered = Assert.Single(await new SqliteFeedStateStore(new SqliteDatabase(db.ConnectionString)).ListSourcesAsync(CancellationToken.None));

        Assert.Equal(new FeedSourceState("tbh", Monday.AddHours(1), Monday, "2026-11-20", "https://x/sitemap.xml: HTTP 503", Monday.AddHours(1)), failed);
        Assert.Equal(new FeedSourceState("tbh", Monday.AddHours(2), Monday.AddHours(2), "2026-11-22", null, null), recovered);
    }

    [Fact]
    public async Task A_304_keeps_the_stored_validators_and_moves_the_read_time()
    {
        using var db = new TempDatabase();
        var store = new SqliteFeedStateStore(new SqliteDatabase(db.ConnectionString));

        await store.SaveResourceAsync("tbh", "https://x/a", new ResourceValidators("\"v1\"", "Sun, 22 Nov 2026 10:00:00 GMT"), Monday, CancellationToken.None);
        await store.SaveResourceAsync("tbh", "https://x/a", new ResourceValidators(null, null), Monday.AddDays(1), CancellationToken.None);

        var known = await store.GetResourceAsync("tbh", "https://x/a", CancellationToken.None);
        Assert.Equal(new FeedResourceState("https://x/a", new ResourceValidators("\"v1\"", "Sun, 22 Nov 2026 10:00:00 GMT"), Monday.AddDays(1)), known);
        Assert.Null(await store.GetResourceAsync("other", "https://x/a", CancellationToken.None));
    }

    [Fact]
    public async Task A_suggestion_is_stored_once_per_tip_and_claim_and_only_for_a_tip_that_exists()
    {
        using var db = new TempDatabase();
        var database = new SqliteDatabase(db.ConnectionString);
        var store = new SqliteFeedStateStore(database);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO tips (id, text, text_hash, language, status, ask_count, created_at, updated_at) " +
                "VALUES (7, 'tip text', 'h', 'en', 'Open', 1, '2026-11-23T08:00:00Z', '2026-11-23T08:00:00Z')";
            await insert.ExecuteNonQueryAsync();
        }

        var first = await store.AddSuggestionAsync(new FeedSuggestion(7, "u-1", "tbh", 0.91, Monday), CancellationToken.None);
        var again = await store.AddSuggestionAsync(new FeedSuggestion(7, "u-1", "tbh", 0.95, Monday.AddHours(1)), CancellationToken.None);
        var noTip = await store.AddSuggestionAsync(new FeedSuggestion(8, "u-1", "tbh", 0.91, Monday), CancellationToken.None);

        Assert.Equal((true, false, false), (first, again, noTip));
        var open = Assert.Single(await store.ListOpenSuggestionsAsync(10, CancellationToken.None));
        Assert.Equal("/attach 7 u-1", open.AttachCommand);
    }
}
