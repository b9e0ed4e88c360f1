using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Embeds texts through a store: vectors already stored for the model are reused, the rest computed and saved.</summary>
public sealed class StoredEmbeddings(ITextEmbedder embedder, IEmbeddingStore store)
{
    // Saving in slices keeps each transaction short and lets a long first start resume where it stopped.
    private const int SaveEvery = 2048;

    /// <summary>The vectors of <paramref name="texts"/>, in order, and how many had to be computed.</summary>
    public async Task<EmbeddedTexts> EmbedAllAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stored = await store.LoadAsync(embedder.ModelId, cancellationToken).ConfigureAwait(false);
        var keys = texts.Select(EmbeddingKey.Of).ToArray();
        var vectors = new float[texts.Count][];
        var missing = new Dictionary<string, string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (stored.TryGetValue(keys[i], out var vector) && vector.Length == embedder.Dimensions)
            {
                vectors[i] = vector;
            }
            else
            {
                missing.TryAdd(keys[i], texts[i]);
            }
        }

        var computed = new Dictionary<string, float[]>(missing.Count);
        foreach (var chunk in missing.Chunk(SaveEvery))
        {
            var embedded = embedder.EmbedBatch(chunk.Select(c => c.Value).ToArray(), cancellationToken);
            var slice = new Dictionary<string, float[]>(chunk.Length);
            for (var j = 0; j < chunk.Length; j++)
            {
                slice[chunk[j].Key] = embedded[j];
                computed[chunk[j].Key] = embedded[j];
            }

            await store.SaveAsync(embedder.ModelId, slice, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] ??= computed[keys[i]];
        }

        return new EmbeddedTexts(vectors, computed.Count, texts.Count - missing.Count);
    }
}
