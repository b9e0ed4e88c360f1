using FactCheck.Storage.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

public sealed class SqliteEmbeddingStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-embeddings-").FullName;

    private string DatabasePath => Path.Combine(_folder, "bot.db");

    // A new SqliteDatabase per call, as after a restart: it migrates the file on first use.
    private SqliteEmbeddingStore Open() => new(new SqliteDatabase($"Data Source={DatabasePath};Pooling=False"));

    [Fact]
    public void The_embeddings_migration_ships_as_an_embedded_script()
    {
        var names = typeof(SqliteEmbeddingStore).Assembly.GetManifestResourceNames();

        Assert.Contains(names, n => n.EndsWith("0002_embeddings.sql", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
