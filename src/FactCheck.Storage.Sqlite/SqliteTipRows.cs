using System.Globalization;
using FactCheck.Core.Tips;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>Reads tips, askers and outbox rows.</summary>
internal static class SqliteTipRows
{
    public const string TipColumns = "id, text, text_hash, language, status, ask_count, created_at, updated_at, claim_id";

    public static async Task<Tip?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long tipId, CancellationToken cancellationToken) =>
        (await TipsAsync(connection, transaction, $"SELECT {TipColumns} FROM tips WHERE id = $id", cancellationToken, ("$id", tipId))).SingleOrDefault();

    public static async Task<IReadOnlyList<Tip>> TipsAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteSql.Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tips = new List<Tip>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tips.Add(new Tip(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<TipStatus>(reader.GetString(4)),
                reader.GetInt32(5),
                ReadMoment(reader.GetString(6)),
                ReadMoment(reader.GetString(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return tips;
    }

    public static async Task<IReadOnlyList<Asker>> AskersAsync(SqliteConnection connection, long tipId, CancellationToken cancellationToken)
    {
        await using var command = SqliteSql.Command(connection, null,
            "SELECT a.platform, a.user_id, a.chat_id, a.language, o.user_id IS NOT NULL FROM tip_askers a " +
            "LEFT JOIN tip_opt_outs o ON o.platform = a.platform AND o.user_id = a.user_id WHERE a.tip_id = $id ORDER BY a.asked_at, a.rowid",
            ("$id", tipId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var askers = new List<Asker>();
        while (await reader.ReadAsync(cancellationToken))
        {
            askers.Add(new Asker(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
        }

        return askers;
    }

    /// <summary>Leases up to <paramref name="limit"/> pending rows not leased to anyone (or whose lease ran out) until <paramref name="until"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> TakePendingAsync(
        SqliteConnection connection, string platform, int limit, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // One statement, so one write transaction: two processes on the file cannot take the same row.
        await using var command = SqliteSql.Command(connection, null,
            "UPDATE outbox SET leased_until = $until WHERE id IN (SELECT id FROM outbox " +
            "WHERE sent_at IS NULL AND platform = $p AND (leased_until IS NULL OR leased_until <= $now) ORDER BY id LIMIT $n) " +
            "RETURNING id, tip_id, platform, user_id, chat_id, language, claim_id, claim_version, is_update, created_at",
            ("$p", platform), ("$n", limit), ("$now", SqliteValues.Moment(now)), ("$until", SqliteValues.Moment(until)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(
                reader.GetInt64(0),
                reader.GetInt64(1),
                new Asker(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetBoolean(8),
                ReadMoment(reader.GetString(9))));
        }

        // RETURNING keeps no order.
        return [.. messages.OrderBy(m => m.Id)];
    }

    public static DateTimeOffset ReadMoment(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
