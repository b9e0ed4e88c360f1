using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class DenseIndexTests
{
    private static float[] RandomUnit(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((random.NextDouble() * 2) - 1);
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    [Fact]
    public void Returns_the_true_nearest_neighbours_best_first()
    {
        var random = new Random(7);
        var vectors = Enumerable.Range(0, 2000).Select(_ => RandomUnit(random, 64)).ToArray();
        var index = new DenseIndex(64);
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add(i, vectors[i]);
        }

        for (var q = 0; q < 20; q++)
        {
            var query = RandomUnit(random, 64);
            var expected = Enumerable.Range(0, vectors.Length)
                .OrderByDescending(i => TensorPrimitives.Dot(query, vectors[i]))
                .Take(10)
                .ToArray();

            var hits = index.Search(query, 10);

            Assert.Equal(expected, hits.Select(h => h.Owner));
            Assert.Equal(TensorPrimitives.Dot(query, vectors[expected[0]]), hits[0].Score, precision: 5);
        }
    }

    [Fact]
    public void An_owner_with_several_vectors_scores_by_its_nearest_and_appears_once()
    {
        var index = new DenseIndex(2);
        index.Add(0, [1, 0]);
        index.Add(0, [0, 1]);
        index.Add(1, [0.6f, 0.8f]);

        var hits = index.Search([0, 1], 5);

        Assert.Equal([new DenseHit(0, 1), new DenseHit(1, 0.8f)], hits);
    }

    [Fact]
    public void An_empty_index_or_a_wrong_length_query_is_handled()
    {
        var index = new DenseIndex(3);

        Assert.Empty(index.Search([1, 0, 0], 5));
        Assert.Throws<ArgumentException>(() => index.Search([1, 0], 5));
    }

    [Fact]
    public void Similarity_of_an_owner_is_that_of_its_nearest_vector_and_null_for_a_stranger()
    {
        var index = new DenseIndex(2);
        index.Add(3, [1, 0]);
        index.Add(3, [0.6f, 0.8f]);

        Assert.Equal(0.8f, index.Similarity(3, [0, 1])!.Value, precision: 5);
        Assert.Null(index.Similarity(4, [0, 1]));
    }
}
