using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Matching;

/// <summary>
/// The dense half of a check: the message's passages embedded and each searched among the claim vectors. It needs
/// nothing from the lexical search until the fusion, so it runs beside it on another core and the two are joined
/// before the fusion (on the 200,000-claim store each half costs about as much CPU as the other).
/// </summary>
internal static class DensePassageSearch
{
    /// <summary>Runs <paramref name="lexical"/> on the calling thread while the passages are embedded and searched on
    /// another (or one after the other when <paramref name="beside"/> is false); returns both once both are done.
    /// Without <paramref name="dense"/> only the lexical half runs and every passage has no vector.</summary>
    public static (T Lexical, float[]?[] Vectors, IReadOnlyList<DenseHit>?[] Hits) Run<T>(
        DenseRetriever? dense,
        IReadOnlyList<Passage> passages,
        MatchingOptions options,
        bool beside,
        Func<T> lexical,
        CancellationToken cancellationToken)
    {
        if (dense is null || passages.Count == 0)
        {
            return (lexical(), new float[]?[passages.Count], new IReadOnlyList<DenseHit>?[passages.Count]);
        }

        if (!beside)
        {
            var (vectors, hits) = Search(dense, passages, options, cancellationToken);
            return (lexical(), vectors, hits);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => Search(dense, passages, options, stop.Token), stop.Token);
        T found;
        try
        {
            found = lexical();
        }
        catch
        {
            // The dense half must not outlive the check (it uses the model and the graph a reload may dispose).
            stop.Cancel();
            Settle(work);
            throw;
        }

        // Wait (not await): a check is synchronous. If the pool has not started the task yet, Wait runs it here.
        var (denseVectors, denseHits) = work.GetAwaiter().GetResult();
        return (found, denseVectors, denseHits);
    }

    /// <summary>The embedded passages (a short message whole, once; a long one up to
    /// <see cref="MatchingOptions.MaxDensePassages"/> sentences) and each one's nearest claims.</summary>
    internal static (float[]?[] Vectors, IReadOnlyList<DenseHit>?[] Hits) Search(
        DenseRetriever dense, IReadOnlyList<Passage> passages, MatchingOptions options, CancellationToken cancellationToken)
    {
        var vectors = new float[]?[passages.Count];
        var hits = new IReadOnlyList<DenseHit>?[passages.Count];

        // A short message is embedded whole, once: on CLEF train its sentences add nothing (MAP@5 0.9079 against
        // 0.9081 with up to 8 passages) and cost a model run each. A long one is embedded sentence by sentence.
        var count = passages[0].IsWholeMessage ? 1 : Math.Min(passages.Count, options.MaxDensePassages);
        var texts = passages.Take(count).Select(p => p.Original).ToArray();
        Array.Copy(dense.Embedder.EmbedQueries(texts, cancellationToken), vectors, count);
        for (var p = 0; p < count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hits[p] = dense.Index.Search(vectors[p]!, options.DenseCandidatesPerPassage);
        }

        return (vectors, hits);
    }

    private static void Settle(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Its failure (or cancellation) is not the check's: the lexical half's exception is rethrown.
        }
    }
}
