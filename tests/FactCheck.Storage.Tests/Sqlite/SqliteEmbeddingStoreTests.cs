using FactCheck.Storage.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

public sealed class SqliteEmbeddingStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-embeddings-").FullName;

    private string DatabasePath => Path.Combine(_folder, "bot.db");

    // A new SqliteDatabase per call, as after a restart: it migrates the file on first use.
    private SqliteEmbeddingStore Open() => new(new SqliteDatabase($"Data Source={DatabasePath};Pooling=False"));

    [Fact]
    public async Task Vectors_round_trip_bit_for_bit_and_survive_reopening_the_file()
    {
        var vectors = new Dictionary<string, float[]>
        {
            [new string('a', 64)] = [0.1f, -0.25f, float.Epsilon, 1f / 3],
            [new string('b', 64)] = [1, 0, 0, 0],
        };
        await Open().SaveAsync("model-x", vectors, CancellationToken.None);

        var reopened = await Open().LoadAsync("model-x", CancellationToken.None);

        Assert.Equal(vectors.Keys.Order(), reopened.Keys.Order());
        foreach (var (key, vector) in vectors)
        {
            Assert.Equal(vector, reopened[key]);
        }
    }

    [Fact]
    public async Task Vectors_of_another_model_are_kept_apart_and_a_resave_replaces()
    {
        var store = Open();
        var key = new string('c', 64);
        await store.SaveAsync("model-x", new Dictionary<string, float[]> { [key] = [1, 2] }, CancellationToken.None);
        await store.SaveAsync("model-y", new Dictionary<string, float[]> { [key] = [3, 4, 5] }, CancellationToken.None);
        await store.SaveAsync("model-x", new Dictionary<string, float[]> { [key] = [6, 7] }, CancellationToken.None);

        var x = await store.LoadAsync("model-x", CancellationToken.None);
        var y = await store.LoadAsync("model-y", CancellationToken.None);

        Assert.Equal(new float[] { 6, 7 }, x[key]);
        Assert.Equal(new float[] { 3, 4, 5 }, y[key]);
        Assert.Empty(await store.LoadAsync("model-z", CancellationToken.None));
    }

    [Fact]
    public void The_embeddings_migration_ships_as_an_embedded_script()
    {
        var names = typeof(SqliteEmbeddingStore).Assembly.GetManifestResourceNames();

        Assert.Contains(names, n => n.EndsWith("0002_embeddings.sql", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
