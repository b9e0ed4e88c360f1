using System.ComponentModel.DataAnnotations;

namespace FactCheck.Storage;

/// <summary>The `Storage` configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>An SQLite connection string; a relative Data Source is relative to the current directory, its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/factcheck.db";
}
