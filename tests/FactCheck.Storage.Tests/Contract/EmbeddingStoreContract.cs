using FactCheck.Core.Storage;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IEmbeddingStore"/> does, on every provider.</summary>
public abstract class EmbeddingStoreContract
{
    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Vectors_round_trip_bit_for_bit_and_survive_reopening_the_file()
    {
        var vectors = new Dictionary<string, float[]>
        {
            [new string('a', 64)] = [0.1f, -0.25f, float.Epsilon, 1f / 3],
            [new string('b', 64)] = [1, 0, 0, 0],
        };
        await using var target = await OpenAsync();
        await target.Embeddings().SaveAsync("model-x", vectors, CancellationToken.None);

        var reopened = await target.Embeddings().LoadAsync("model-x", CancellationToken.None);

        Assert.Equal(vectors.Keys.Order(), reopened.Keys.Order());
        foreach (var (key, vector) in vectors)
        {
            Assert.Equal(vector, reopened[key]);
        }
    }

    [SkippableFact]
    public async Task Vectors_of_another_model_are_kept_apart_and_a_resave_replaces()
    {
        await using var target = await OpenAsync();
        var store = target.Embeddings();
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

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : EmbeddingStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : EmbeddingStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
