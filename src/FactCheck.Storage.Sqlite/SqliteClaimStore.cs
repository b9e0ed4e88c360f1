using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Sqlite;

/// <summary>The claim store in an SQLite file: the embedded default.</summary>
public sealed class SqliteClaimStore(SqliteDatabase database) : SqlClaimStore(database)
{
    /// <summary>A store on its own database, e.g. a temporary file for an evaluation run or a test.</summary>
    public SqliteClaimStore(string connectionString)
        : this(new SqliteDatabase(connectionString))
    {
    }
}
