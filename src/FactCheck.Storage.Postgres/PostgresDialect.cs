using System.Data;
using System.Data.Common;
using FactCheck.Storage.Relational;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>PostgreSQL's SQL where the shared stores need it: row and advisory locks, SKIP LOCKED leases, REPEATABLE READ snapshots.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect()
    {
    }

    public override string ForUpdate => " FOR UPDATE";

    public override string ArrivalColumn => "seq";

    public override string CodePointOrder => " COLLATE \"C\"";

    public override async Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@key))", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    // Rows another instance is taking are skipped (SKIP LOCKED), not waited for; the CTE names its column apart so
    // that RETURNING's plain names are the table's.
    public override string TakeRows(string table, string where, string assignments, string returning) =>
        $"WITH taken AS (SELECT id AS taken_id FROM {table} WHERE {where} ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED) " +
        $"UPDATE {table} SET {assignments} FROM taken WHERE {table}.id = taken.taken_id RETURNING {returning}";

    public override string CreateTransactionTable(string name, string columns) => $"CREATE TEMP TABLE {name} ({columns}) ON COMMIT DROP";

    // Rolling back (when not committed) drops the temporary table with everything else.
    public override string? DropTransactionTable(string name) => null;

    public override ISqlClaimWriter ClaimWriter(DbConnection connection, DbTransaction transaction) =>
        new PostgresClaimWriter((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
}
