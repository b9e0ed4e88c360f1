using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Keeps the claim vectors in step with the live index: a changed or deleted claim's vectors are retired, a
/// new or changed claim's texts embedded (and stored, so a restart reuses them) and added under its slot.</summary>
internal static class DenseUpdates
{
    public static async Task ApplyAsync(DenseRetriever dense, IEmbeddingStore store, IReadOnlyList<AppliedChange> applied, CancellationToken cancellationToken)
    {
        var texts = new List<(int Owner, string Text)>();
        foreach (var change in applied)
        {
            dense.Index.Remove(change.Slot);
            if (change.Claim is { } claim)
            {
                texts.AddRange(ClaimVectors.TextsOf([(change.Slot, claim)]));
            }
        }

        if (texts.Count == 0)
        {
            return;
        }

        var vectors = dense.Embedder.EmbedBatch(texts.Select(t => t.Text).ToArray(), cancellationToken);
        var byKey = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            dense.Index.Add(texts[i].Owner, vectors[i]);
            byKey[EmbeddingKey.Of(texts[i].Text)] = vectors[i];
        }

        await store.SaveAsync(dense.Embedder.ModelId, byKey, cancellationToken).ConfigureAwait(false);
    }
}
