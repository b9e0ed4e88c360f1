using FactCheck.Core.Matching.Embeddings;
using FactCheck.Tests.Shared;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class LiveVectorIndexTests
{
    private readonly HashEmbedder embedder = new();

    [Fact]
    public void Below_the_graph_threshold_every_search_is_the_exact_scan()
    {
        using var index = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(HnswSettings.Default, GraphFromVectors: 100), null, "s", embedder.ModelId);
        Fill(index, 50);

        index.Compact(1, CancellationToken.None);

        Assert.False(index.HasGraph);
        Assert.Equal(7, index.Search(embedder.Embed(Text(7)), 1)[0].Owner);
    }

    [Theory]
    [InlineData(0)] // the graph searched
    [InlineData(1000)] // its int8 copy scanned
    public void A_claim_changed_after_the_graph_was_built_is_found_by_its_new_text_only_and_a_deleted_one_never(int exactScanBelow)
    {
        using var index = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(HnswSettings.Default, GraphFromVectors: 100, CompactAfter: 1000, exactScanBelow), null, "s", embedder.ModelId);
        Fill(index, 300);
        index.Compact(1, CancellationToken.None);
        Assert.True(index.HasGraph);

        index.Remove(7);
        index.Add(7, embedder.Embed("entirely different words now"));
        index.Remove(8);

        Assert.Equal(7, index.Search(embedder.Embed("entirely different words now"), 1)[0].Owner);
        Assert.DoesNotContain(index.Search(embedder.Embed(Text(7)), 20), h => h.Owner == 7 && h.Score > 0.99);
        Assert.DoesNotContain(index.Search(embedder.Embed(Text(8)), 300), h => h.Owner == 8);
        Assert.Null(index.Similarity(8, embedder.Embed(Text(8))));

        // Rewritten into the graph, the same answers.
        index.Compact(2, CancellationToken.None, force: true);
        Assert.Equal(0, index.PendingVectors);
        Assert.Equal(7, index.Search(embedder.Embed("entirely different words now"), 1)[0].Owner);
        Assert.DoesNotContain(index.Search(embedder.Embed(Text(8)), 300), h => h.Owner == 8);
        Assert.Equal(299, index.OwnerCount);
    }

    [Fact]
    public void A_graph_below_the_exact_scan_threshold_finds_exactly_the_nearest_claims_where_the_graph_itself_misses_some()
    {
        // A sparse graph searched with a narrow beam: it misses some of the true nearest claims of random texts.
        var sparse = new HnswSettings(Connectivity: 4, ExpansionAdd: 8, ExpansionSearch: 8);
        using var scanned = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(sparse, GraphFromVectors: 100, ExactScanBelow: 10_000), null, "s", embedder.ModelId);
        using var graphOnly = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(sparse, GraphFromVectors: 100, ExactScanBelow: 0), null, "s", embedder.ModelId);
        var vectors = Enumerable.Range(0, 3000).Select(i => embedder.Embed(Text(i))).ToArray();
        for (var i = 0; i < vectors.Length; i++)
        {
            scanned.Add(i, vectors[i]);
            graphOnly.Add(i, vectors[i]);
        }

        scanned.Compact(1, CancellationToken.None);
        graphOnly.Compact(1, CancellationToken.None);
        Assert.True(scanned.HasGraph);

        // Found exactly: every claim returned is at least as near as the true 20th nearest (within the int8 and
        // 16-bit rounding, which may swap near-ties at the boundary).
        var queries = Queries();
        Assert.All(queries, q => Assert.True(Exact(vectors, q, scanned.Search(q, 20))));
        Assert.Contains(queries, q => !Exact(vectors, q, graphOnly.Search(q, 20)));
    }

    [Fact]
    public async Task A_graph_read_at_start_is_searched_at_once_and_exactly_once_its_copy_is_ready()
    {
        var path = Path.Combine(Path.GetTempPath(), $"live-scan-{Guid.NewGuid():N}.usearch");
        try
        {
            var sparse = new HnswSettings(Connectivity: 4, ExpansionAdd: 8, ExpansionSearch: 8);
            var vectors = Enumerable.Range(0, 3000).Select(i => embedder.Embed(Text(i))).ToArray();
            using (var built = HnswIndex.Create(embedder.Dimensions, sparse))
            {
                built.AddMany([.. vectors.Select((v, i) => (i, v))], 1, CancellationToken.None);
                built.Save(path);
            }

            using var index = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(sparse, GraphFromVectors: 100), null, "s", embedder.ModelId);
            index.Adopt(HnswIndex.Open(path, sparse, view: true), new VectorIndexMeta("s", embedder.ModelId, embedder.Dimensions, 4, 1, 0, [], [.. Enumerable.Range(0, vectors.Length)]));
            Assert.Single(index.Search(embedder.Embed(Text(7)), 1)); // answered through the graph meanwhile

            await index.ScanReady;

            Assert.All(Queries(), q => Assert.True(Exact(vectors, q, index.Search(q, 20))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // True when every claim returned is at least as near as the true 20th nearest (within the int8 and 16-bit
    // rounding, which may swap near-ties at the boundary).
    private static bool Exact(float[][] vectors, float[] query, IReadOnlyList<DenseHit> hits)
    {
        var cosines = vectors.Select(v => System.Numerics.Tensors.TensorPrimitives.Dot(query, v)).ToArray();
        var twentieth = cosines.OrderDescending().ElementAt(19);
        return hits.Count == 20 && hits.All(h => cosines[h.Owner] >= twentieth - 0.01);
    }

    private List<float[]> Queries() => [.. Enumerable.Range(0, 50).Select(q => embedder.Embed($"query {q} about word{q} and word{q * 3}"))];

    private void Fill(LiveVectorIndex index, int count)
    {
        for (var i = 0; i < count; i++)
        {
            index.Add(i, embedder.Embed(Text(i)));
        }
    }

    private static string Text(int i) => $"claim {i} says word{i} and word{i * 7 % 101} happened";
}
