namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Claim vectors by owner (a claim's slot; several vectors per owner), searched by cosine similarity: the
/// exact scan (<see cref="DenseIndex"/>) or the graph on disk with an exact delta (<see cref="LiveVectorIndex"/>).</summary>
public interface IVectorIndex
{
    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Vectors held (those of retired owners may still be counted until they are rewritten away).</summary>
    int Count { get; }

    /// <summary>The <paramref name="k"/> owners nearest to <paramref name="query"/> (a unit vector), best first, each once.</summary>
    IReadOnlyList<DenseHit> Search(ReadOnlySpan<float> query, int k);

    /// <summary>The cosine of <paramref name="query"/> to the nearest vector of <paramref name="owner"/>, or null when it has none.</summary>
    float? Similarity(int owner, ReadOnlySpan<float> query);

    /// <summary>Adds a unit vector of <paramref name="owner"/>.</summary>
    void Add(int owner, ReadOnlySpan<float> vector);

    /// <summary>Retires every vector of <paramref name="owner"/> (a deleted or changed claim).</summary>
    void Remove(int owner);
}
