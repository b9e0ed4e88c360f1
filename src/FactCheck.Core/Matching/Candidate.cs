namespace FactCheck.Core.Matching;

/// <summary>A claim retrieved for a passage, with the lexical evidence for it.</summary>
/// <param name="ClaimIndex">Position of the claim in the index.</param>
/// <param name="Rank">0-based rank in the passage's lexical results.</param>
/// <param name="Bm25">Lucene BM25 score of the claim for the passage.</param>
/// <param name="Coverage">How much of the claim's best phrasing the passage states, weighted by word rarity (0 to 1).</param>
/// <param name="Proximity">How much of what that phrasing shares with the passage it shares as words in a row (0 to 1).</param>
public sealed record Candidate(int ClaimIndex, int Rank, double Bm25, double Coverage, double Proximity = 0)
{
    /// <summary>The figures behind <see cref="Coverage"/> that the fused ranking also weighs.</summary>
    internal CoverageDetail Detail { get; init; }
}
