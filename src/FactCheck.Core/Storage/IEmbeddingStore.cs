namespace FactCheck.Core.Storage;

/// <summary>
/// Durable cache of sentence embeddings, keyed by model id and the SHA-256 of the text (see EmbeddingKey), so a
/// restart reuses the vectors of every claim text instead of running the model again.
/// </summary>
public interface IEmbeddingStore
{
    /// <summary>Every stored vector of <paramref name="modelId"/>, by text key.</summary>
    Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) vectors of <paramref name="modelId"/>, by text key, in one transaction.</summary>
    Task SaveAsync(string modelId, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken);
}
