using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>Applies the embedded Postgres/Migrations/NNNN_name.sql scripts in number order, each in its own
/// transaction, recording each in schema_version, all under a session advisory lock: instances starting together
/// take turns, and each one after the first finds the scripts recorded and applies nothing.</summary>
/// <remarks>Numbers follow the SQLite provider's (a script here carries the same change as the SQLite script of its
/// number), with gaps where a SQLite change needed nothing here.</remarks>
internal sealed partial class PostgresMigrator(ILogger logger)
{
    /// <summary>The embedded migrations, ordered by number.</summary>
    public static IReadOnlyList<Migration> All { get; } = MigrationScripts.EmbeddedBeside(typeof(PostgresMigrator));

    public Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, All, cancellationToken);

    /// <summary>Applies those of <paramref name="migrations"/> not yet recorded, lowest number first.</summary>
    public async Task MigrateAsync(NpgsqlConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        // The lock is per schema, so two test schemas (or two deployments in one database) migrate side by side.
        const string Key = "hashtext(current_schema() || '.schema_version')";
        await Sql.ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({Key})", cancellationToken);
        try
        {
            await MigrationScripts.ApplyAsync(connection, migrations, m => LogApplied(logger, m.Version, m.Name), cancellationToken);
        }
        finally
        {
            // A broken connection has released the lock with its session; the error that broke it is the one to see.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await Sql.ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied PostgreSQL schema migration {Version:D4} {Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
