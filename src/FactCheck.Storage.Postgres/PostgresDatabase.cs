using System.Data.Common;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>One PostgreSQL database (or schema, by the connection string's Search Path): a pooled data source whose
/// schema is migrated once per process, under an advisory lock so that instances starting together migrate once.</summary>
public sealed class PostgresDatabase : ISqlDatabase, IAsyncDisposable
{
    private readonly ILogger logger;
    private readonly OnceMigration migration;

    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase>? logger = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("The PostgreSQL connection string names no Host.", nameof(connectionString));
        }

        // PGPASSWORD (or a ~/.pgpass file) is read by Npgsql itself when the string carries no password.
        DataSource = NpgsqlDataSource.Create(builder);
        ConnectionString = builder.ConnectionString;
        Schema = string.IsNullOrWhiteSpace(builder.SearchPath) ? null : builder.SearchPath.Split(',')[0].Trim();
        this.logger = logger ?? NullLogger<PostgresDatabase>.Instance;
        migration = new OnceMigration(MigrateAsync);
    }

    /// <summary>The pooled connections; also opens the dedicated ones (leader lock, LISTEN).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The connection string as given (it may hold a password: never log it); dedicated connections are opened from it.</summary>
    internal string ConnectionString { get; }

    /// <summary>The schema named first in the Search Path, or null for the server's default.</summary>
    public string? Schema { get; }

    public SqlDialect Dialect => PostgresDialect.Instance;

    /// <summary>An open connection, the schema migrated.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }

    async Task<DbConnection> ISqlDatabase.OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>Applies pending migrations, once per process; later calls return at once. A failed attempt is retried by the next call.</summary>
    public Task EnsureMigratedAsync(CancellationToken cancellationToken) => migration.EnsureAsync(cancellationToken);

    /// <summary>A connection of its own, outside the pool, the schema migrated: for what lives as long as the connection
    /// (a session lock, LISTEN), which must never be handed to another caller by the pool.</summary>
    public async Task<NpgsqlConnection> OpenDedicatedAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private async Task MigrateAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync(CancellationToken.None);
        await new PostgresMigrator(logger).MigrateAsync(connection, CancellationToken.None);
    }
}
