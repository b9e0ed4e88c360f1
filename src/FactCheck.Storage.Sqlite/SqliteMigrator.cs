using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FactCheck.Storage.Sqlite;

/// <summary>Applies the embedded Sqlite/Migrations/NNNN_name.sql scripts in number order, each in its own transaction,
/// recording each in schema_version (see <see cref="MigrationScripts"/> for the numbering).</summary>
internal sealed partial class SqliteMigrator(ILogger logger)
{
    /// <summary>The embedded migrations, ordered by number.</summary>
    public static IReadOnlyList<Migration> All { get; } = MigrationScripts.EmbeddedBeside(typeof(SqliteMigrator));

    public Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, All, cancellationToken);

    /// <summary>Applies those of <paramref name="migrations"/> not yet recorded, lowest number first.</summary>
    public async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        // WAL lets readers (the bot answering) run while an import writes; it is a property of the file and cannot
        // be switched inside a transaction.
        await Sql.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await MigrationScripts.ApplyAsync(connection, migrations, m => LogApplied(logger, m.Version, m.Name), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version:D4} {Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
