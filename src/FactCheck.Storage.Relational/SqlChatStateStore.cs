using FactCheck.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FactCheck.Storage.Relational;

/// <summary>The chat adapters' handled events and settings; old handled events are pruned now and then.</summary>
/// <remarks>Marking an event handled is one INSERT ... ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): of two
/// instances or processes given the same update, exactly one gets true.</remarks>
public sealed partial class SqlChatStateStore(ISqlDatabase database, TimeProvider time, ILogger<SqlChatStateStore> logger) : IChatStateStore
{
    /// <summary>Platforms redeliver events within minutes or hours; a month of memory is ample.</summary>
    public static readonly TimeSpan HandledEventRetention = TimeSpan.FromDays(30);

    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(6);
    private long nextPruneTicks;

    public async Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await PruneIfDueAsync(cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null,
            "INSERT INTO handled_events (platform, event_id, handled_at) VALUES (@p, @e, @t) ON CONFLICT (platform, event_id) DO NOTHING", cancellationToken,
            ("p", platform), ("e", eventId), ("t", SqlValues.Moment(time.GetUtcNow()))) == 1;
    }

    public async Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ScalarAsync(connection, null, "SELECT value FROM chat_settings WHERE platform = @p AND scope = @s AND key = @k", cancellationToken,
            ("p", platform), ("s", scope), ("k", key)) as string;
    }

    public async Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (value is null)
        {
            await Sql.ExecuteAsync(connection, null, "DELETE FROM chat_settings WHERE platform = @p AND scope = @s AND key = @k", cancellationToken,
                ("p", platform), ("s", scope), ("k", key));
            return;
        }

        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO chat_settings (platform, scope, key, value, updated_at) VALUES (@p, @s, @k, @v, @t) " +
            "ON CONFLICT (platform, scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at", cancellationToken,
            ("p", platform), ("s", scope), ("k", key), ("v", value), ("t", SqlValues.Moment(time.GetUtcNow())));
    }

    /// <summary>Deletes handled events older than the retention; returns how many.</summary>
    public async Task<int> PruneHandledEventsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var deleted = await Sql.ExecuteAsync(connection, null, "DELETE FROM handled_events WHERE handled_at < @cutoff", cancellationToken,
            ("cutoff", SqlValues.Moment(time.GetUtcNow() - HandledEventRetention)));
        if (deleted > 0)
        {
            LogPruned(logger, deleted);
        }

        return deleted;
    }

    private async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref nextPruneTicks);
        if (now >= due && Interlocked.CompareExchange(ref nextPruneTicks, now + PruneInterval.Ticks, due) == due)
        {
            await PruneHandledEventsAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Count} handled chat events older than the retention")]
    private static partial void LogPruned(ILogger logger, int count);
}
