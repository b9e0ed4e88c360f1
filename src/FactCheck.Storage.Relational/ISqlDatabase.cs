using System.Data.Common;

namespace FactCheck.Storage.Relational;

/// <summary>A database the shared stores run on: connections with the schema migrated, and the dialect to speak to it.</summary>
public interface ISqlDatabase
{
    /// <summary>Where the provider's SQL differs (locks, leases, snapshots).</summary>
    SqlDialect Dialect { get; }

    /// <summary>Applies pending migrations, once per process.</summary>
    Task EnsureMigratedAsync(CancellationToken cancellationToken);

    /// <summary>An open connection, the schema migrated, with the provider's per-connection settings applied.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}
