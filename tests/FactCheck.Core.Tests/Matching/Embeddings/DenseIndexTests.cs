using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class DenseIndexTests
{
    // How far an int8 score may stray from the float cosine; the measured worst case is far below it.
    private const float Tolerance = 0.01f;

    private const int Int8RowsSample = Int8Rows.CentreSample;

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

    private static (DenseIndex Index, float[][] Vectors) RandomIndex(Random random, int count, int dimensions)
    {
        var vectors = Enumerable.Range(0, count).Select(_ => RandomUnit(random, dimensions)).ToArray();
        var index = new DenseIndex(dimensions);
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add(i, vectors[i]);
        }

        return (index, vectors);
    }

    [Theory]
    [InlineData(384)]
    [InlineData(64)]
    public void Scores_are_within_the_tolerance_of_the_float_cosine(int dimensions)
    {
        var random = new Random(3);
        var (index, vectors) = RandomIndex(random, 1000, dimensions);

        for (var q = 0; q < 10; q++)
        {
            var query = RandomUnit(random, dimensions);
            for (var owner = 0; owner < vectors.Length; owner++)
            {
                Assert.InRange(index.Similarity(owner, query)!.Value - TensorPrimitives.Dot(query, vectors[owner]), -Tolerance, Tolerance);
            }

            foreach (var hit in index.Search(query, 20))
            {
                Assert.InRange(hit.Score - TensorPrimitives.Dot(query, vectors[hit.Owner]), -Tolerance, Tolerance);
            }
        }
    }

    [Fact]
    public void Ranks_owners_as_the_float_cosine_does_wherever_their_scores_differ_by_more_than_the_tolerance()
    {
        var random = new Random(7);
        var (index, vectors) = RandomIndex(random, 3000, 384);

        for (var q = 0; q < 20; q++)
        {
            var query = RandomUnit(random, 384);
            var hits = index.Search(query, vectors.Length);
            var cosines = hits.Select(h => TensorPrimitives.Dot(query, vectors[h.Owner])).ToArray();

            // Walking down the ranking, no owner may beat one ranked above it by more than the tolerance.
            var lowestAbove = float.PositiveInfinity;
            for (var i = 0; i < cosines.Length; i++)
            {
                Assert.True(cosines[i] <= lowestAbove + Tolerance, $"Rank {i} has cosine {cosines[i]}, above {lowestAbove} ranked higher.");
                lowestAbove = Math.Min(lowestAbove, cosines[i]);
            }

            var floatBest = Enumerable.Range(0, vectors.Length).MaxBy(i => TensorPrimitives.Dot(query, vectors[i]));
            Assert.Contains(floatBest, hits.Take(3).Select(h => h.Owner));
        }
    }

    [Fact]
    public void Search_and_similarity_give_the_same_score_to_the_bit()
    {
        var random = new Random(11);
        var (index, _) = RandomIndex(random, 500, 384);
        var query = RandomUnit(random, 384);

        var hits = index.Search(query, 500);

        Assert.Equal(500, hits.Count);
        Assert.All(hits, h => Assert.Equal(h.Score, index.Similarity(h.Owner, query)!.Value));
    }

    [Fact]
    public void An_owner_with_several_vectors_scores_by_its_nearest_and_appears_once()
    {
        var index = new DenseIndex(2);
        index.Add(0, [1, 0]);
        index.Add(0, [0, 1]);
        index.Add(1, [0.6f, 0.8f]);

        var hits = index.Search([0, 1], 5);

        Assert.Equal([0, 1], hits.Select(h => h.Owner));
        Assert.Equal(1, hits[0].Score, Tolerance);
        Assert.Equal(0.8f, hits[1].Score, Tolerance);
    }

    [Fact]
    public void A_removed_owner_is_never_found_again_and_a_changed_one_scores_by_its_new_vectors_only()
    {
        var index = new DenseIndex(2);
        index.Add(0, [1, 0]);
        index.Add(1, [0, 1]);
        index.Add(2, [0.6f, 0.8f]);

        index.Remove(1);
        index.Remove(2);
        index.Add(2, [1, 0]);

        Assert.Equal([0, 2], index.Search([0, 1], 5).Select(h => h.Owner).Order());
        Assert.Null(index.Similarity(1, [0, 1]));
        Assert.Equal(0, index.Similarity(2, [0, 1])!.Value, Tolerance);
    }

    [Fact]
    public void An_empty_index_or_a_wrong_length_query_is_handled()
    {
        var index = new DenseIndex(3);

        Assert.Empty(index.Search([1, 0, 0], 5));
        Assert.Throws<ArgumentException>(() => index.Search([1, 0], 5));
        Assert.Throws<ArgumentException>(() => index.Similarity(0, [1, 0]));
    }

    [Fact]
    public void A_k_beyond_the_owners_returns_each_owner_once_and_a_k_of_zero_none()
    {
        var index = new DenseIndex(2);
        index.Add(5, [1, 0]);
        index.Add(2, [0, 1]);
        index.Add(5, [0.6f, 0.8f]);

        Assert.Equal([5, 2], index.Search([1, 0], 10).Select(h => h.Owner));
        Assert.Empty(index.Search([1, 0], 0));
    }

    [Fact]
    public void A_zero_vector_scores_zero_against_everything_and_a_zero_query_scores_zero_everywhere()
    {
        var index = new DenseIndex(2);
        index.Add(0, [0, 0]);
        index.Add(1, [-1, 0]);
        index.Add(2, [0.6f, 0.8f]);

        var hits = index.Search([1, 0], 5);

        Assert.Equal([2, 0, 1], hits.Select(h => h.Owner));
        Assert.Equal(0, hits[1].Score, Tolerance);
        Assert.Equal(-1, hits[2].Score, Tolerance);
        Assert.All(index.Search([0, 0], 5), h => Assert.Equal(0, h.Score, Tolerance));
        Assert.Equal(0, index.Similarity(0, [0.6f, 0.8f])!.Value, Tolerance);
    }

    [Fact]
    public void A_non_finite_vector_is_refused()
    {
        var index = new DenseIndex(2);

        Assert.Throws<ArgumentException>(() => index.Add(0, [float.NaN, 0]));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Vectors_sharing_a_large_common_direction_keep_fine_scores_and_later_additions_keep_the_centre()
    {
        // Like sentence embeddings: a shared direction with two outsized components, so that unrelated vectors
        // have a cosine near 0.8. Centring is what keeps the error small here; plain int8 strays about 0.004.
        var random = new Random(17);
        var common = new float[384];
        common[62] = 6;
        common[99] = -4;
        for (var i = 0; i < common.Length; i++)
        {
            common[i] += (float)((random.NextDouble() * 2) - 1);
        }

        TensorPrimitives.Divide(common, TensorPrimitives.Norm(common), common);
        float[] Embedding()
        {
            var v = RandomUnit(random, 384);
            TensorPrimitives.MultiplyAdd(common, 2f, v, v);
            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            return v;
        }

        var vectors = Enumerable.Range(0, Int8RowsSample + 400).Select(_ => Embedding()).ToArray();
        var index = new DenseIndex(384);
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add(i, vectors[i]);
        }

        var worst = 0f;
        for (var q = 0; q < 10; q++)
        {
            var query = Embedding();
            for (var owner = 0; owner < vectors.Length; owner++)
            {
                worst = Math.Max(worst, Math.Abs(index.Similarity(owner, query)!.Value - TensorPrimitives.Dot(query, vectors[owner])));
            }
        }

        Assert.InRange(TensorPrimitives.Dot(vectors[0], vectors[1]), 0.7f, 0.9f);
        Assert.InRange(worst, 0, 0.0015f);
    }

    [Fact]
    public void Searching_before_the_centre_sample_is_full_still_scores_vectors_added_afterwards()
    {
        var random = new Random(19);
        var index = new DenseIndex(64);
        var early = RandomUnit(random, 64);
        index.Add(0, early);
        Assert.Equal(0, index.Search(early, 1)[0].Owner);

        var vectors = Enumerable.Range(1, 300).Select(_ => RandomUnit(random, 64)).ToArray();
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add(i + 1, vectors[i]);
        }

        Assert.Equal(301, index.Count);
        Assert.Equal(0, index.Search(early, 1)[0].Owner);
        Assert.Equal(300, index.Search(vectors[^1], 1)[0].Owner);
        Assert.Equal(TensorPrimitives.Dot(vectors[7], vectors[9]), index.Similarity(8, vectors[9])!.Value, Tolerance);
    }

    [Fact]
    public void Threads_that_search_a_fresh_index_at_once_all_get_the_same_hits()
    {
        var random = new Random(23);
        var (_, vectors) = RandomIndex(random, 1, 384);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // Fewer vectors than the centre sample: the first searches race to fix the centre.
            var index = new DenseIndex(384);
            foreach (var (vector, owner) in Enumerable.Range(0, 200).Select(i => (RandomUnit(random, 384), i)))
            {
                index.Add(owner, vector);
            }

            var query = vectors[0];
            var results = new IReadOnlyList<DenseHit>[8];
            Parallel.For(0, results.Length, i => results[i] = index.Search(query, 5));

            Assert.All(results, r => Assert.Equal(index.Search(query, 5), r));
        }
    }

    [Fact]
    public void Similarity_of_an_owner_is_that_of_its_nearest_vector_and_null_for_a_stranger()
    {
        var index = new DenseIndex(2);
        index.Add(3, [1, 0]);
        index.Add(3, [0.6f, 0.8f]);

        Assert.Equal(0.8f, index.Similarity(3, [0, 1])!.Value, Tolerance);
        Assert.Null(index.Similarity(4, [0, 1]));
    }

    [Fact]
    public void Holds_a_byte_per_component_a_scale_and_an_offset_per_vector_and_grows_past_its_capacity()
    {
        var random = new Random(13);
        var index = new DenseIndex(384, 100);
        Assert.Equal((100 * 384) + (((2 * 100) + 384) * sizeof(float)), index.VectorBytes);

        var vectors = Enumerable.Range(0, 150).Select(_ => RandomUnit(random, 384)).ToArray();
        for (var i = 0; i < vectors.Length; i++)
        {
            index.Add(i, vectors[i]);
        }

        Assert.Equal(150, index.Count);
        Assert.Equal(149, index.Search(vectors[149], 1)[0].Owner);
        Assert.Equal((200 * 384) + (((2 * 200) + 384) * sizeof(float)), index.VectorBytes);
    }
}
