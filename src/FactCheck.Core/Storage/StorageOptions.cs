using System.ComponentModel.DataAnnotations;
using System.Data.Common;

namespace FactCheck.Core.Storage;

/// <summary>The `Storage` configuration section, the same for every provider.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Where the index lives when neither an SQLite file nor <see cref="IndexDirectory"/> says (a PostgreSQL store).</summary>
    public const string DefaultIndexDirectory = "data/factcheck.index";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The provider's connection string: "Data Source=data/factcheck.db" for SQLite (a relative Data Source is
    /// relative to the current directory, its folder is created); "Host=...;Database=...;Username=..." for PostgreSQL,
    /// whose password comes from the environment (PGPASSWORD), or the whole string from Storage__ConnectionString.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/factcheck.db";

    /// <summary>The folder of the claim index; by default beside the SQLite file (data/factcheck.db: data/factcheck.index),
    /// or <see cref="DefaultIndexDirectory"/> for PostgreSQL. An in-memory SQLite store keeps its index in memory.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often a running bot looks for claims changed by another process (an import, `tips publish`), in milliseconds.
    /// PostgreSQL also wakes it at once on a change (LISTEN/NOTIFY); the poll is the fallback.</summary>
    [Range(100, 60_000)]
    public int IndexPollMilliseconds { get; set; } = 1000;

    /// <summary>How long an instance holds the notifications it took for delivery before another may take them, in seconds.</summary>
    [Range(10, 3600)]
    public int OutboxLeaseSeconds { get; set; } = 120;

    /// <summary>The index folder these options name, or null for an in-memory SQLite store.</summary>
    public string? ResolveIndexDirectory()
    {
        if (!string.IsNullOrWhiteSpace(IndexDirectory))
        {
            return Path.GetFullPath(IndexDirectory);
        }

        if (Provider != StorageProvider.Sqlite)
        {
            return Path.GetFullPath(DefaultIndexDirectory);
        }

        // The SQLite keywords read generically, so the core needs no database package.
        var builder = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        var source = Value(builder, "Data Source") ?? Value(builder, "DataSource") ?? Value(builder, "Filename") ?? string.Empty;
        var memory = string.Equals(Value(builder, "Mode"), "Memory", StringComparison.OrdinalIgnoreCase);
        return memory || source is ":memory:" or "" ? null : Path.ChangeExtension(Path.GetFullPath(source), ".index");
    }

    private static string? Value(DbConnectionStringBuilder builder, string key) =>
        builder.TryGetValue(key, out var value) ? value?.ToString() : null;
}
