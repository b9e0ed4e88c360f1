using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FactCheck.Storage.Sqlite;

/// <summary>Applies the embedded Sqlite/Migrations/NNNN_name.sql scripts in number order, each in its own transaction,
/// recording each in schema_version. Numbers need not be contiguous: a later script may land before an earlier gap is filled.</summary>
internal sealed partial class SqliteMigrator(ILogger logger)
{
    private const string ResourcePrefix = "FactCheck.Storage.Sqlite.Migrations.";

    /// <summary>The embedded migrations, ordered by number.</summary>
    public static IReadOnlyList<Migration> All { get; } = Discover(typeof(SqliteMigrator).Assembly);

    public Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, All, cancellationToken);

    /// <summary>Applies those of <paramref name="migrations"/> not yet recorded, lowest number first.</summary>
    public async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        // WAL lets readers (the bot answering) run while an import writes; it is a property of the file and cannot
        // be switched inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken);

        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            // BEGIN IMMEDIATE (the provider's default) takes the write lock first, so two processes starting at once
            // cannot both apply the same script: the second one sees it recorded and skips it.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_version WHERE version = $v";
            check.Parameters.AddWithValue("$v", migration.Version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", SqliteValues.Now());
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, migration.Version, migration.Name);
        }
    }

    private static IReadOnlyList<Migration> Discover(Assembly assembly) =>
        FromFiles(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                return (resource[ResourcePrefix.Length..], reader.ReadToEnd());
            }));

    /// <summary>Migrations from (file name, script) pairs, ordered by number; a name not NNNN_name.sql or a repeated number is a build mistake.</summary>
    internal static IReadOnlyList<Migration> FromFiles(IEnumerable<(string FileName, string Sql)> files)
    {
        var migrations = new List<Migration>();
        foreach (var (fileName, sql) in files)
        {
            var match = FileName().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{fileName}' is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, sql));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version:D4} {Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    /// <summary>One numbered migration script.</summary>
    internal sealed record Migration(int Version, string Name, string Sql);
}
