using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Semantic retrieval for the matcher: the embedder of passages and the dense index of the same claim list.</summary>
/// <param name="Embedder">Embeds passages with the model the claim vectors were made with.</param>
/// <param name="Index">Claim vectors; an owner is the claim's position in the matcher's claim list.</param>
public sealed record DenseRetriever(ITextEmbedder Embedder, DenseIndex Index)
{
    /// <summary>Embeds the claims (reusing stored vectors) and indexes them by position in <paramref name="claims"/>.</summary>
    public static async Task<DenseRetriever> BuildAsync(
        IReadOnlyList<Claim> claims, ITextEmbedder embedder, IEmbeddingStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var index = await ClaimVectors.BuildIndexAsync(claims, new StoredEmbeddings(embedder, store), embedder.Dimensions, cancellationToken)
            .ConfigureAwait(false);
        return new DenseRetriever(embedder, index);
    }
}
