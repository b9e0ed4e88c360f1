namespace FactCheck.Core.Storage;

/// <summary>
/// Durable cache of sentence embeddings, keyed by model id and the SHA-256 of the text (see EmbeddingKey), so a
/// restart reuses the vectors of every claim text instead of running the model again.
/// </summary>
public interface IEmbeddingStore
{
    /// <summary>Every stored vector of <paramref name="modelId"/>, by text key.</summary>
    Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>The stored vectors of <paramref name="modelId"/> among <paramref name="keys"/> (missing keys are left out).</summary>
    /// <remarks>A store of a million vectors is not read whole to find a few thousand: a provider should look the keys
    /// up; this default reads everything and filters, which is right only for small stores.</remarks>
    async Task<IReadOnlyDictionary<string, float[]>> LoadSomeAsync(string modelId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var all = await LoadAsync(modelId, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (all.TryGetValue(key, out var vector))
            {
                found[key] = vector;
            }
        }

        return found;
    }

    /// <summary>Stores (or replaces) vectors of <paramref name="modelId"/>, by text key, in one transaction.</summary>
    Task SaveAsync(string modelId, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken);
}
