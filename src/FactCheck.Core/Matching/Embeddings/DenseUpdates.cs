using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Keeps the claim vectors in step with the live index: a changed or deleted claim's vectors are retired, a
/// new or changed claim's texts added under its slot (their stored vectors when the store has them, e.g. embedded by
/// the `import` that wrote them; else embedded and stored, so a restart reuses them).</summary>
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

        await new BatchedEmbedding(dense.Embedder, store).EmbedAsync(
            texts,
            (items, _) =>
            {
                foreach (var (owner, vector) in items)
                {
                    dense.Index.Add(owner, vector);
                }

                return Task.CompletedTask;
            },
            progress: null,
            cancellationToken).ConfigureAwait(false);
    }
}
