using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Storage.Relational;

/// <summary>A provider's migration scripts, embedded as NNNN_name.sql (the SQL stays per provider: it is dialect DDL).
/// Numbers need not be contiguous: a later script may land before an earlier gap is filled.</summary>
internal static partial class MigrationScripts
{
    /// <summary>The scripts embedded beside <paramref name="migrator"/> (resources named "its namespace.Migrations.NNNN_name.sql"), ordered by number.</summary>
    public static IReadOnlyList<Migration> EmbeddedBeside(Type migrator)
    {
        var assembly = migrator.Assembly;
        var resourcePrefix = migrator.Namespace + ".Migrations.";
        return FromFiles(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                return (resource[resourcePrefix.Length..], reader.ReadToEnd());
            }));
    }

    /// <summary>Migrations from (file name, script) pairs, ordered by number; a name not NNNN_name.sql or a repeated number is a build mistake.</summary>
    public static IReadOnlyList<Migration> FromFiles(IEnumerable<(string FileName, string Sql)> files)
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

    /// <summary>Applies those of <paramref name="migrations"/> not yet recorded in schema_version, lowest number first,
    /// each with its record in one transaction (the provider's default, which in SQLite takes the write lock first: two
    /// processes starting at once cannot both apply a script, the second sees it recorded and skips it).</summary>
    public static async Task ApplyAsync(DbConnection connection, IReadOnlyList<Migration> migrations, Action<Migration> applied, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await Sql.ScalarAsync(connection, transaction, "SELECT 1 FROM schema_version WHERE version = @v", cancellationToken, ("v", migration.Version)) is not null)
            {
                continue;
            }

            await Sql.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)", cancellationToken,
                ("v", migration.Version), ("n", migration.Name), ("t", SqlValues.Now()));
            await transaction.CommitAsync(cancellationToken);
            applied(migration);
        }
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
