using System.Globalization;
using FactCheck.Storage.Postgres;
using FactCheck.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Bot.StorageCopy;

/// <summary>Copies an SQLite store into a PostgreSQL one in one transaction: everything or nothing, and a second run
/// finds every row already there and changes nothing.</summary>
/// <remarks>Rows travel by binary COPY into a temporary table, then one INSERT ... ON CONFLICT per table adds what is
/// missing and updates only rows that differ (so the change trigger numbers only claims that really changed). Ids
/// are kept (tips, outbox rows), and the id sequences are moved past them.</remarks>
internal sealed class SqliteToPostgresCopier(IProgress<CopyProgress>? progress = null)
{
    private const int ReportEvery = 2000;

    // The claim's children are replaced whole when the claim's content changed: a phrasing dropped in the source must
    // not survive in the target (an upsert alone would keep it).
    private static readonly string[] ClaimChildren = ["claim_phrasings", "claim_appearances", "claim_reviews"];

    /// <summary>Copies the store in <paramref name="sqlitePath"/> into the database of <paramref name="postgres"/>; the rows read per table.</summary>
    public async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(string sqlitePath, string postgres, CancellationToken cancellationToken)
    {
        // Both opened through their stores, so each is at the current schema version first.
        var source = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await using var sqlite = await source.OpenAsync(cancellationToken);
        await using var database = new PostgresDatabase(postgres);
        await using var target = await database.OpenAsync(cancellationToken);

        var plan = await CopyPlan.ReadAsync(sqlite, target, cancellationToken);
        var copied = new List<(string, long)>();
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        foreach (var table in plan.Tables)
        {
            copied.Add((table.Name, await CopyTableAsync(sqlite, target, transaction, table, cancellationToken)));
        }

        await AdvanceSequencesAsync(target, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection target, NpgsqlTransaction transaction, CopyTable table, CancellationToken cancellationToken)
    {
        if (table.Key.Count == 0)
        {
            throw new InvalidOperationException($"Table {table.Name} has no primary key in PostgreSQL: a second copy could not tell its rows apart.");
        }

        var columns = string.Join(", ", table.Columns);
        var stage = "copy_" + table.Name;
        await ExecuteAsync(target, transaction,
            $"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {columns} FROM {table.Name} WITH NO DATA; ALTER TABLE {stage} ADD COLUMN copy_order BIGINT", cancellationToken);

        var total = await CountAsync(sqlite, table.Name, cancellationToken);
        long rows = 0;
        progress?.Report(new CopyProgress(table.Name, 0, total));
        await using (var select = sqlite.CreateCommand())
        {
            select.CommandText = $"SELECT {columns} FROM {table.Name} ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            await using var copy = await target.BeginBinaryImportAsync($"COPY {stage} ({columns}, copy_order) FROM STDIN (FORMAT BINARY)", cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    await WriteAsync(copy, reader.IsDBNull(i) ? null : reader.GetValue(i), table.Types[i], cancellationToken);
                }

                await copy.WriteAsync(rows++, NpgsqlDbType.Bigint, cancellationToken);
                if (rows % ReportEvery == 0)
                {
                    progress?.Report(new CopyProgress(table.Name, rows, Math.Max(total, rows)));
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        if (table.Name == "claims")
        {
            foreach (var child in ClaimChildren)
            {
                await ExecuteAsync(target, transaction,
                    $"DELETE FROM {child} WHERE claim_id IN (SELECT s.id FROM {stage} s JOIN claims c ON c.id = s.id WHERE c.content_hash IS DISTINCT FROM s.content_hash)",
                    cancellationToken);
            }
        }

        var others = table.Columns.Where(c => !table.Key.Contains(c)).ToList();
        var onConflict = others.Count == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", others.Select(c => $"{c} = excluded.{c}"))} " +
              $"WHERE ({string.Join(", ", others.Select(c => $"{table.Name}.{c}"))}) IS DISTINCT FROM ({string.Join(", ", others.Select(c => $"excluded.{c}"))})";
        await ExecuteAsync(target, transaction,
            $"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {stage} ORDER BY copy_order ON CONFLICT ({string.Join(", ", table.Key)}) {onConflict}",
            cancellationToken);
        progress?.Report(new CopyProgress(table.Name, rows, rows, TableDone: true));
        return rows;
    }

    /// <summary>Moves each id sequence past the ids copied, so the next tip or notification the bot adds gets a new one.</summary>
    private static async Task AdvanceSequencesAsync(NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES' AND identity_generation = 'BY DEFAULT'",
            target, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            await ExecuteAsync(target, transaction,
                $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)", cancellationToken);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, string type, CancellationToken cancellationToken) => value is null
        ? copy.WriteNullAsync(cancellationToken)
        : type switch
        {
            "boolean" => copy.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean, cancellationToken),
            "integer" => copy.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
            "bigint" => copy.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
            "double precision" => copy.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken),
            "bytea" => copy.WriteAsync(value as byte[] ?? System.Text.Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture)!), NpgsqlDbType.Bytea, cancellationToken),
            _ => copy.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken),
        };

    private static async Task<long> CountAsync(SqliteConnection sqlite, string table, CancellationToken cancellationToken)
    {
        await using var command = sqlite.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
