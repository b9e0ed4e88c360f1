namespace FactCheck.Core.Matching;

/// <summary>A claim retrieved for a passage, with the evidence for it.</summary>
/// <param name="ClaimIndex">Position of the claim in the index.</param>
/// <param name="Rank">0-based rank in the passage's lexical results.</param>
/// <param name="Bm25">Lucene BM25 score of the claim for the passage.</param>
/// <param name="Confidence">Calibrated confidence between 0 and 1 that the passage states the claim.</param>
public sealed record Candidate(int ClaimIndex, int Rank, double Bm25, double Confidence);
