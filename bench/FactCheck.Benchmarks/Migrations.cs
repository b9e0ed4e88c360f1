using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Applies the Storage project's embedded migration scripts to a scratch database used as a vector cache.</summary>
internal static class Migrations
{
    public static string Open(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var assembly = typeof(FactCheck.Storage.Sqlite.SqliteEmbeddingStore).Assembly;
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            using var command = connection.CreateCommand();
            command.CommandText = reader.ReadToEnd();
            command.ExecuteNonQuery();
        }

        return connectionString;
    }
}
