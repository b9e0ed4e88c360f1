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

    [Fact]
    public void A_claim_changed_after_the_graph_was_built_is_found_by_its_new_text_only_and_a_deleted_one_never()
    {
        using var index = new LiveVectorIndex(embedder.Dimensions, new VectorIndexOptions(HnswSettings.Default, GraphFromVectors: 100, CompactAfter: 1000), null, "s", embedder.ModelId);
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

    private void Fill(LiveVectorIndex index, int count)
    {
        for (var i = 0; i < count; i++)
        {
            index.Add(i, embedder.Embed(Text(i)));
        }
    }

    private static string Text(int i) => $"claim {i} says word{i} and word{i * 7 % 101} happened";
}
