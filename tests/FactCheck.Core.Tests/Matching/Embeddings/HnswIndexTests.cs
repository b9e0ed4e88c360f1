using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class HnswIndexTests : IDisposable
{
    private const int Dimensions = 32;
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-hnsw-").FullName;

    [Fact]
    public void Vectors_added_from_several_threads_are_all_found_as_their_own_nearest_neighbour()
    {
        var vectors = Random(3000, seed: 1);
        using var index = HnswIndex.Create(Dimensions, HnswSettings.Default);

        // Four threads at once: the package's own wrapper failed here with "Reserve capacity ahead of insertions".
        index.AddMany(vectors.Select((v, i) => (i, v)).ToList(), threads: 4, CancellationToken.None);

        Assert.Equal(3000, index.Count);
        Assert.All(Enumerable.Range(0, 3000), i => Assert.Equal(1f, index.Similarity(i, vectors[i])!.Value, 0.002f));

        // The graph is approximate and the order of parallel adds varies: nearly all, not all, find themselves first.
        var found = vectors.Select((v, i) => index.Search(v, 1)[0].Owner == i).Count(x => x);
        Assert.True(found >= 2940, $"{found} of 3000 vectors found themselves first");
    }

    [Fact]
    public void The_graph_finds_nearly_all_of_the_exact_top_ten()
    {
        var vectors = Random(5000, seed: 2);
        var queries = Random(50, seed: 3);
        using var index = HnswIndex.Create(Dimensions, HnswSettings.Default);
        index.AddMany(vectors.Select((v, i) => (i, v)).ToList(), threads: 2, CancellationToken.None);

        double found = 0;
        foreach (var query in queries)
        {
            var exact = vectors.Select((v, i) => (i, Score: TensorPrimitives.Dot(query, v))).OrderByDescending(x => x.Score).Take(10).Select(x => x.i).ToHashSet();
            found += index.Search(query, 10).Count(h => exact.Contains(h.Owner));
        }

        Assert.True(found / (10 * queries.Length) >= 0.95, $"recall@10 {found / (10 * queries.Length):F3}");
    }

    [Fact]
    public void An_owner_with_several_vectors_is_returned_once_with_its_nearest_one()
    {
        var vectors = Random(3, seed: 4);
        using var index = HnswIndex.Create(Dimensions, HnswSettings.Default);
        index.Add(7, vectors[0]);
        index.Add(7, vectors[1]);
        index.Add(8, vectors[2]);

        var hits = index.Search(vectors[1], 5);

        Assert.Equal([7, 8], hits.Select(h => h.Owner));
        Assert.Equal(1f, hits[0].Score, 0.002f);
        Assert.Equal(1f, index.Similarity(7, vectors[0])!.Value, 0.002f);
        Assert.Null(index.Similarity(9, vectors[0]));
        Assert.Equal(2, index.Remove(7));
        Assert.Equal([8], index.Search(vectors[1], 5).Select(h => h.Owner));
    }

    [Fact]
    public void A_saved_graph_memory_mapped_from_disk_answers_as_the_built_one()
    {
        var vectors = Random(500, seed: 5);
        var path = Path.Combine(folder, "graph.usearch");
        using (var built = HnswIndex.Create(Dimensions, HnswSettings.Default))
        {
            built.AddMany(vectors.Select((v, i) => (i, v)).ToList(), threads: 2, CancellationToken.None);
            built.Save(path);
        }

        using var viewed = HnswIndex.Open(path, HnswSettings.Default, view: true);

        Assert.True(viewed.Viewed);
        Assert.Equal(500, viewed.Count);
        Assert.Equal(42, viewed.Search(vectors[42], 1)[0].Owner);
    }

    [Fact]
    public void A_file_that_is_not_a_graph_is_refused_with_an_exception_not_a_crash()
    {
        var path = Path.Combine(folder, "junk.usearch");
        File.WriteAllBytes(path, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());

        Assert.Throws<UsearchException>(() => HnswIndex.Open(path, HnswSettings.Default, view: false));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static float[][] Random(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var v = Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            return v;
        }).ToArray();
    }
}
