using FactCheck.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Tests.Sqlite;

public class ChatStateStoreTests
{
    [Fact]
    public async Task An_event_is_handled_once_even_after_reopening()
    {
        using var db = new TempDatabase();
        var store = new SqliteChatStateStore(db.ConnectionString);

        var first = await store.TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);
        var second = await store.TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);
        var otherPlatform = await store.TryMarkHandledAsync("discord", "update:42", CancellationToken.None);
        var reopened = await new SqliteChatStateStore(db.ConnectionString).TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);

        Assert.Equal((true, false, true, false), (first, second, otherPlatform, reopened));
    }

    [Fact]
    public async Task Settings_are_set_read_overwritten_and_removed()
    {
        using var db = new TempDatabase();
        var store = new SqliteChatStateStore(db.ConnectionString);

        Assert.Null(await store.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        await store.SetSettingAsync("telegram", "chat:-1001", "autocheck", "on", CancellationToken.None);
        await store.SetSettingAsync("telegram", "chat:-1001", "autocheck", "off", CancellationToken.None);
        await store.SetSettingAsync("telegram", "user:42", "language", "id", CancellationToken.None);
        var reopened = new SqliteChatStateStore(db.ConnectionString);

        Assert.Equal("off", await reopened.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        Assert.Equal("id", await reopened.GetSettingAsync("telegram", "user:42", "language", CancellationToken.None));
        Assert.Null(await reopened.GetSettingAsync("discord", "chat:-1001", "autocheck", CancellationToken.None));

        await reopened.SetSettingAsync("telegram", "chat:-1001", "autocheck", null, CancellationToken.None);
        Assert.Null(await store.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        Assert.Equal("id", await store.GetSettingAsync("telegram", "user:42", "language", CancellationToken.None));
    }

    [Fact]
    public async Task Handled_events_older_than_the_retention_are_pruned()
    {
        using var db = new TempDatabase();
        var time = new ManualTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new SqliteChatStateStore(new SqliteDatabase(db.ConnectionString), time, NullLogger<SqliteChatStateStore>.Instance);
        await store.TryMarkHandledAsync("telegram", "old", CancellationToken.None);
        time.Now += TimeSpan.FromDays(20);
        await store.TryMarkHandledAsync("telegram", "recent", CancellationToken.None);

        time.Now += TimeSpan.FromDays(11);
        var pruned = await store.PruneHandledEventsAsync(CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal("recent", await db.ScalarAsync("SELECT group_concat(event_id) FROM handled_events"));
    }

    [Fact]
    public async Task Marking_events_prunes_old_ones_now_and_then()
    {
        using var db = new TempDatabase();
        var time = new ManualTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new SqliteChatStateStore(new SqliteDatabase(db.ConnectionString), time, NullLogger<SqliteChatStateStore>.Instance);
        await store.TryMarkHandledAsync("discord", "old", CancellationToken.None);

        time.Now += TimeSpan.FromDays(31);
        await store.TryMarkHandledAsync("discord", "new", CancellationToken.None);

        Assert.Equal("new", await db.ScalarAsync("SELECT group_concat(event_id) FROM handled_events"));
    }
}
