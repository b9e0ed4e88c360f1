namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Turns a text into a unit-length sentence embedding; cosine similarity is then a dot product.</summary>
public interface ITextEmbedder
{
    /// <summary>Names the model (and its settings) that produced a vector; stored vectors are keyed by it.</summary>
    string ModelId { get; }

    /// <summary>Length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    /// <summary>
    /// Put before a message passage (not a claim) when embedding it: asymmetric retrieval models such as
    /// arctic-embed are trained with an instruction on the query side. Empty for symmetric models.
    /// </summary>
    string QueryPrefix { get; }

    /// <summary>The L2-normalised embedding of <paramref name="text"/>.</summary>
    float[] Embed(string text);

    /// <summary>The embeddings of <paramref name="texts"/>, in the same order; faster than one call per text.</summary>
    float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>
    /// The embeddings of message passages (not claims), in the same order, <see cref="QueryPrefix"/> before each. An
    /// embedder may leave out of a query what says nothing to its model (web addresses): a query's vector is never
    /// stored, so that changes no stored vector and no model id.
    /// </summary>
    float[][] EmbedQueries(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedBatch([.. texts.Select(t => QueryPrefix + t)], cancellationToken);
}
