using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Embeds a long list of claim texts in batches: each slice's stored vectors are looked up by key, the rest run through
/// the model a batch at a time and each batch is saved before the next starts, so a kill loses at most one batch and
/// the next run computes only what is missing. Vectors are handed to <c>sink</c> a slice at a time (never all at once).
/// </summary>
public sealed class BatchedEmbedding(ITextEmbedder embedder, IEmbeddingStore store, int batchSize = BatchedEmbedding.DefaultBatchSize)
{
    /// <summary>Texts run through the model and saved together: about 2-4 s of work on 2 cores, the most a kill loses.</summary>
    public const int DefaultBatchSize = 256;

    // Keys looked up in the store per round trip.
    private const int SliceSize = 4096;

    /// <summary>Embeds <paramref name="texts"/> (stored vectors reused), handing each slice's (owner, vector) pairs to
    /// <paramref name="sink"/>; returns how many vectors the model computed.</summary>
    public async Task<int> EmbedAsync(
        IReadOnlyList<(int Owner, string Text)> texts,
        Func<IReadOnlyList<(int Owner, float[] Vector)>, CancellationToken, Task>? sink,
        IProgress<EmbeddingProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        int done = 0, computed = 0;
        progress?.Report(new EmbeddingProgress(0, texts.Count, 0, texts.Count == 0));
        for (var from = 0; from < texts.Count; from += SliceSize)
        {
            var slice = texts.Skip(from).Take(SliceSize).ToArray();
            var keys = slice.Select(t => EmbeddingKey.Of(t.Text)).ToArray();
            var vectors = new Dictionary<string, float[]>(
                await store.LoadSomeAsync(embedder.ModelId, keys.Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false),
                StringComparer.Ordinal);
            foreach (var stale in vectors.Where(v => v.Value.Length != embedder.Dimensions).Select(v => v.Key).ToList())
            {
                vectors.Remove(stale); // a vector of another length is recomputed, not trusted
            }

            var missing = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < slice.Length; i++)
            {
                if (!vectors.ContainsKey(keys[i]))
                {
                    missing.TryAdd(keys[i], slice[i].Text);
                }
            }

            done += CountIn(keys, k => !missing.ContainsKey(k));
            foreach (var batch in missing.Chunk(batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var embedded = embedder.EmbedBatch(batch.Select(b => b.Value).ToArray(), cancellationToken);
                var saved = new Dictionary<string, float[]>(batch.Length, StringComparer.Ordinal);
                for (var j = 0; j < batch.Length; j++)
                {
                    saved[batch[j].Key] = embedded[j];
                    vectors[batch[j].Key] = embedded[j];
                }

                await store.SaveAsync(embedder.ModelId, saved, cancellationToken).ConfigureAwait(false);
                computed += batch.Length;
                done += CountIn(keys, saved.ContainsKey);
                progress?.Report(new EmbeddingProgress(done, texts.Count, computed, false));
            }

            if (sink is not null)
            {
                await sink(slice.Select((t, i) => (t.Owner, vectors[keys[i]])).ToArray(), cancellationToken).ConfigureAwait(false);
            }

            progress?.Report(new EmbeddingProgress(done, texts.Count, computed, done == texts.Count));
        }

        return computed;
    }

    // Texts of the slice (duplicates each counted) whose key satisfies the test.
    private static int CountIn(string[] keys, Func<string, bool> test)
    {
        var count = 0;
        foreach (var key in keys)
        {
            count += test(key) ? 1 : 0;
        }

        return count;
    }
}
