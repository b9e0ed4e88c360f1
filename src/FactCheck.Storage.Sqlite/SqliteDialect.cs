using System.Data.Common;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>SQLite's SQL where the shared stores need it: its write transaction holds the whole file, so row and key
/// locks are nothing, and a lease is one UPDATE statement.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect()
    {
    }

    public override string ForUpdate => string.Empty;

    public override string ArrivalColumn => "rowid";

    public override string CodePointOrder => string.Empty;

    public override Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A deferred transaction: it reads one state of the file without taking the write lock.</summary>
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    // One statement, so one write transaction: two processes on the file cannot take the same row.
    public override string TakeRows(string table, string where, string assignments, string returning) =>
        $"UPDATE {table} SET {assignments} WHERE id IN (SELECT id FROM {table} WHERE {where} ORDER BY id LIMIT @n) RETURNING {returning}";

    // A pooled connection may still hold the table of a session that ended badly.
    public override string CreateTransactionTable(string name, string columns) => $"DROP TABLE IF EXISTS temp.{name}; CREATE TEMP TABLE {name} ({columns})";

    // SQLite has no ON COMMIT DROP: the table lives as long as the (pooled) connection unless dropped.
    public override string? DropTransactionTable(string name) => $"DROP TABLE IF EXISTS temp.{name}";

    public override ISqlClaimWriter ClaimWriter(DbConnection connection, DbTransaction transaction) =>
        new SqliteClaimWriter((SqliteConnection)connection, (SqliteTransaction)transaction);
}
