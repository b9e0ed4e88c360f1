using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Semantic retrieval for the matcher: the embedder of passages and the vector index of the same claim list.</summary>
/// <param name="Embedder">Embeds passages with the model the claim vectors were made with.</param>
/// <param name="Index">Claim vectors; an owner is the claim's position in the matcher's claim list.</param>
public sealed record DenseRetriever(ITextEmbedder Embedder, IVectorIndex Index)
{
    /// <summary>Embeds the claims (reusing stored vectors, computing the rest in saved batches) and indexes them by
    /// position in <paramref name="claims"/>: the exact scan, or a graph in memory from
    /// <see cref="VectorIndexOptions.GraphFromVectors"/> vectors on.</summary>
    public static async Task<DenseRetriever> BuildAsync(
        IReadOnlyList<Claim> claims,
        ITextEmbedder embedder,
        IEmbeddingStore store,
        CancellationToken cancellationToken,
        VectorIndexOptions? options = null,
        IProgress<EmbeddingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        options ??= VectorIndexOptions.Default;
        var texts = ClaimVectors.TextsOf(claims);
        if (texts.Count < options.GraphFromVectors)
        {
            var exact = new DenseIndex(embedder.Dimensions, texts.Count);
            await new BatchedEmbedding(embedder, store).EmbedAsync(texts, (items, _) => AddAll(exact, items), progress, cancellationToken).ConfigureAwait(false);
            return new DenseRetriever(embedder, exact);
        }

        var index = new LiveVectorIndex(embedder.Dimensions, options, null, string.Empty, embedder.ModelId);
        var graph = HnswIndex.Create(embedder.Dimensions, options.Graph);
        await new BatchedEmbedding(embedder, store).EmbedAsync(
            texts,
            (items, token) =>
            {
                graph.AddMany(items, Environment.ProcessorCount, token);
                return Task.CompletedTask;
            },
            progress,
            cancellationToken).ConfigureAwait(false);
        index.Adopt(graph, texts.Select(t => t.Owner).ToHashSet(), 0);
        return new DenseRetriever(embedder, index);
    }

    private static Task AddAll(DenseIndex index, IReadOnlyList<(int Owner, float[] Vector)> items)
    {
        foreach (var (owner, vector) in items)
        {
            index.Add(owner, vector);
        }

        return Task.CompletedTask;
    }
}
