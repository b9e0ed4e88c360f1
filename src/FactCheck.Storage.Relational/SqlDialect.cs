using System.Data.Common;

namespace FactCheck.Storage.Relational;

/// <summary>What the shared stores say differently to each provider. Both providers accept `@name` placeholders,
/// ISO 8601 text for moments and ON CONFLICT upserts, so only locking, leasing and snapshots are here.</summary>
public abstract class SqlDialect
{
    /// <summary>Appended to a SELECT inside a write transaction to lock the rows it reads: PostgreSQL's FOR UPDATE;
    /// nothing in SQLite, whose write transaction already holds the whole file.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>The column that orders tip_askers rows by arrival (PostgreSQL's seq, SQLite's rowid).</summary>
    public abstract string ArrivalColumn { get; }

    /// <summary>Appended to an ORDER BY on a text column so that it sorts by code point whatever the database's
    /// locale (PostgreSQL's COLLATE "C"; nothing in SQLite, whose BINARY collation already does).</summary>
    public abstract string CodePointOrder { get; }

    /// <summary>Serialises transactions that work on the same <paramref name="key"/> until the transaction ends (a
    /// PostgreSQL advisory lock); a no-op where the write transaction already serialises every writer.</summary>
    public abstract Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken);

    /// <summary>A read transaction in which every statement sees the same state of the store.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>One statement that takes up to `@n` rows of <paramref name="table"/> matching <paramref name="where"/>,
    /// oldest id first, sets <paramref name="assignments"/> on them and returns <paramref name="returning"/>, so that no two
    /// callers take the same row (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one write statement).</summary>
    public abstract string TakeRows(string table, string where, string assignments, string returning);

    /// <summary>Creates the temporary table <paramref name="name"/> inside a transaction, for that transaction only
    /// (PostgreSQL drops it at commit or rollback; SQLite first drops one a pooled connection may still hold).</summary>
    public abstract string CreateTransactionTable(string name, string columns);

    /// <summary>What drops that table once its transaction ended, or null where the end of the transaction did.</summary>
    public abstract string? DropTransactionTable(string name);

    /// <summary>The writer of claims inside <paramref name="transaction"/>.</summary>
    public abstract ISqlClaimWriter ClaimWriter(DbConnection connection, DbTransaction transaction);
}
