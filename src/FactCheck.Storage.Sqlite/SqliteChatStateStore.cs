using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Sqlite;

/// <summary>The chat adapters' handled events and settings in the SQLite file; old handled events are pruned now and then.</summary>
public sealed partial class SqliteChatStateStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteChatStateStore> logger) : IChatStateStore
{
    /// <summary>Platforms redeliver events within minutes or hours; a month of memory is ample.</summary>
    public static readonly TimeSpan HandledEventRetention = HandledEvents.Retention;

    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(6);
    private long nextPruneTicks;

    /// <summary>A store on its own database (tests, tools).</summary>
    public SqliteChatStateStore(string connectionString)
        : this(new SqliteDatabase(connectionString), TimeProvider.System, NullLogger<SqliteChatStateStore>.Instance)
    {
    }

    public async Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await PruneIfDueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // ON CONFLICT DO NOTHING is standard enough (SQLite 3.24+, PostgreSQL 9.5+): one statement, no race.
        command.CommandText =
            "INSERT INTO handled_events (platform, event_id, handled_at) VALUES ($p, $e, $t) ON CONFLICT (platform, event_id) DO NOTHING";
        command.Parameters.AddWithValue("$p", platform);
        command.Parameters.AddWithValue("$e", eventId);
        command.Parameters.AddWithValue("$t", SqliteValues.Moment(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM chat_settings WHERE platform = $p AND scope = $s AND key = $k";
        command.Parameters.AddWithValue("$p", platform);
        command.Parameters.AddWithValue("$s", scope);
        command.Parameters.AddWithValue("$k", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = value is null
            ? "DELETE FROM chat_settings WHERE platform = $p AND scope = $s AND key = $k"
            : "INSERT INTO chat_settings (platform, scope, key, value, updated_at) VALUES ($p, $s, $k, $v, $t) " +
              "ON CONFLICT (platform, scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        command.Parameters.AddWithValue("$p", platform);
        command.Parameters.AddWithValue("$s", scope);
        command.Parameters.AddWithValue("$k", key);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$v", value);
            command.Parameters.AddWithValue("$t", SqliteValues.Moment(time.GetUtcNow()));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes handled events older than the retention; returns how many.</summary>
    public async Task<int> PruneHandledEventsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM handled_events WHERE handled_at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", SqliteValues.Moment(time.GetUtcNow() - HandledEventRetention));
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
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
