using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FactCheck.Storage.Sqlite;

/// <summary>Applies the embedded Sqlite/Migrations/NNNN_name.sql scripts in number order, each in its own transaction,
/// recording each in schema_version (see <see cref="MigrationScripts"/> for the numbering).</summary>
internal sealed partial class SqliteMigrator(ILogger logger)
{
    private const string ResourcePrefix = "FactCheck.Storage.Sqlite.Migrations.";

    /// <summary>The embedded migrations, ordered by number.</summary>
    public static IReadOnlyList<Migration> All { get; } = MigrationScripts.Embedded(typeof(SqliteMigrator).Assembly, ResourcePrefix);

    public Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, All, cancellationToken);

    /// <summary>Applies those of <paramref name="migrations"/> not yet recorded, lowest number first.</summary>
    public async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        // WAL lets readers (the bot answering) run while an import writes; it is a property of the file and cannot
        // be switched inside a transaction.
        await Sql.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await Sql.ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken);

        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            // BEGIN IMMEDIATE (the provider's default) takes the write lock first, so two processes starting at once
            // cannot both apply the same script: the second one sees it recorded and skips it.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            if (await Sql.ScalarAsync(connection, transaction, "SELECT 1 FROM schema_version WHERE version = @v", cancellationToken, ("v", migration.Version)) is not null)
            {
                continue;
            }

            await Sql.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)", cancellationToken,
                ("v", migration.Version), ("n", migration.Name), ("t", SqlValues.Now()));
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, migration.Version, migration.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version:D4} {Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
