using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Opens the scratch SQLite file used as a vector cache by the benchmarks (migrated like the bot's database).</summary>
internal static class Migrations
{
    public static SqliteDatabase Open(string path) => new($"Data Source={path};Pooling=False");
}
