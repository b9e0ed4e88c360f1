using FactCheck.Core.Storage;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IChatStateStore"/> does, on every provider.</summary>
public abstract class ChatStateStoreContract
{
    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task An_event_is_handled_once_even_after_reopening()
    {
        await using var db = await OpenAsync();
        var store = db.ChatState();

        var first = await store.TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);
        var second = await store.TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);
        var otherPlatform = await store.TryMarkHandledAsync("discord", "update:42", CancellationToken.None);
        var reopened = await db.ChatState().TryMarkHandledAsync("telegram", "update:42", CancellationToken.None);

        Assert.Equal((true, false, true, false), (first, second, otherPlatform, reopened));
    }

    [SkippableFact]
    public async Task Settings_are_set_read_overwritten_and_removed()
    {
        await using var db = await OpenAsync();
        var store = db.ChatState();

        Assert.Null(await store.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        await store.SetSettingAsync("telegram", "chat:-1001", "autocheck", "on", CancellationToken.None);
        await store.SetSettingAsync("telegram", "chat:-1001", "autocheck", "off", CancellationToken.None);
        await store.SetSettingAsync("telegram", "user:42", "language", "id", CancellationToken.None);
        var reopened = db.ChatState();

        Assert.Equal("off", await reopened.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        Assert.Equal("id", await reopened.GetSettingAsync("telegram", "user:42", "language", CancellationToken.None));
        Assert.Null(await reopened.GetSettingAsync("discord", "chat:-1001", "autocheck", CancellationToken.None));

        await reopened.SetSettingAsync("telegram", "chat:-1001", "autocheck", null, CancellationToken.None);
        Assert.Null(await store.GetSettingAsync("telegram", "chat:-1001", "autocheck", CancellationToken.None));
        Assert.Equal("id", await store.GetSettingAsync("telegram", "user:42", "language", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Handled_events_older_than_the_retention_are_pruned()
    {
        await using var db = await OpenAsync();
        var time = new ManualTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = db.ChatState(time);
        await store.TryMarkHandledAsync("telegram", "old", CancellationToken.None);
        time.Now += TimeSpan.FromDays(20);
        await store.TryMarkHandledAsync("telegram", "recent", CancellationToken.None);

        time.Now += TimeSpan.FromDays(11);
        var pruned = await db.PruneHandledEventsAsync(store);

        Assert.Equal(1, pruned);
        Assert.Equal(["recent"], await db.ColumnAsync("SELECT event_id FROM handled_events"));
    }

    [SkippableFact]
    public async Task Marking_events_prunes_old_ones_now_and_then()
    {
        await using var db = await OpenAsync();
        var time = new ManualTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = db.ChatState(time);
        await store.TryMarkHandledAsync("discord", "old", CancellationToken.None);

        time.Now += TimeSpan.FromDays(31);
        await store.TryMarkHandledAsync("discord", "new", CancellationToken.None);

        Assert.Equal(["new"], await db.ColumnAsync("SELECT event_id FROM handled_events"));
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : ChatStateStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : ChatStateStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
