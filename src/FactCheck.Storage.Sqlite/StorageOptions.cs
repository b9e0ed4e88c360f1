using System.ComponentModel.DataAnnotations;

namespace FactCheck.Storage.Sqlite;

/// <summary>The `Storage` configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>An SQLite connection string; a relative Data Source is relative to the current directory, its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/factcheck.db";

    /// <summary>The folder of the claim index; by default beside the SQLite file (data/factcheck.db: data/factcheck.index).
    /// An in-memory store keeps its index in memory.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often a running bot looks for claims changed by another process (an import, `tips publish`), in milliseconds.</summary>
    [Range(100, 60_000)]
    public int IndexPollMilliseconds { get; set; } = 1000;

    /// <summary>The index folder these options name, or null for an in-memory store.</summary>
    public string? ResolveIndexDirectory()
    {
        if (!string.IsNullOrWhiteSpace(IndexDirectory))
        {
            return Path.GetFullPath(IndexDirectory);
        }

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
        if (builder.Mode is Microsoft.Data.Sqlite.SqliteOpenMode.Memory || builder.DataSource is ":memory:" or "")
        {
            return null;
        }

        return Path.ChangeExtension(Path.GetFullPath(builder.DataSource), ".index");
    }
}
