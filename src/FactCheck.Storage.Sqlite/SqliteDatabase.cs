using System.Data.Common;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Sqlite;

/// <summary>One SQLite database file: opens connections with foreign keys on, and migrates the schema once per process.</summary>
public sealed class SqliteDatabase : ISqlDatabase
{
    private readonly ILogger logger;
    private readonly OnceMigration migration;

    public SqliteDatabase(string connectionString, ILogger<SqliteDatabase>? logger = null)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("The SQLite connection string names no Data Source.", nameof(connectionString));
        }

        if (builder.Mode is not SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            FilePath = Path.GetFullPath(builder.DataSource);
            var directory = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        ConnectionString = builder.ToString();
        this.logger = logger ?? NullLogger<SqliteDatabase>.Instance;
        migration = new OnceMigration(MigrateAsync);
    }

    public string ConnectionString { get; }

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public string? FilePath { get; }

    public SqlDialect Dialect => SqliteDialect.Instance;

    /// <summary>An open connection, the schema migrated; foreign keys are a per-connection setting in SQLite.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    async Task<DbConnection> ISqlDatabase.OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>Applies pending migrations, once per process; later calls return at once. A failed attempt is retried by the next call.</summary>
    public Task EnsureMigratedAsync(CancellationToken cancellationToken) => migration.EnsureAsync(cancellationToken);

    private async Task MigrateAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await new SqliteMigrator(logger).MigrateAsync(connection, CancellationToken.None);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
