namespace FactCheck.Core.Storage;

/// <summary>Which database holds the store (`Storage:Provider`).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: the embedded default, for one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several instances.</summary>
    Postgres,
}
