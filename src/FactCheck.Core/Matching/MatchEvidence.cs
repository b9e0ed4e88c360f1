namespace FactCheck.Core.Matching;

/// <summary>What the decision model sees of one claim found in a message (see <see cref="DecisionModel"/>).</summary>
/// <param name="Coverage">Lexical coverage of the claim by its best passage (0 to 1).</param>
/// <param name="CoverageMargin">That coverage minus the best coverage of any other claim in the same passage.</param>
/// <param name="PassageRank">0-based BM25 rank of the claim among the passage's candidates (the candidate count when only the embedding found it).</param>
/// <param name="Bm25Ratio">The claim's BM25 score over the passage's best BM25 score (1 for the passage's top claim).</param>
/// <param name="TermCount">Analysed terms of the passage.</param>
/// <param name="Indonesian">True when the message is guessed Indonesian (its own coefficients).</param>
/// <param name="LexicalFusion">Reciprocal-rank fusion of the claim's BM25 ranks for the whole message and its best passage.</param>
/// <param name="Cosine">Best cosine similarity of the claim to an embedded passage; null without embedding evidence.</param>
/// <param name="CosineMargin">That cosine minus the best cosine of another claim for the same passage.</param>
/// <param name="Rank">0-based rank, in the fused ranking, among the claims whose best passages overlap this one's.</param>
/// <param name="RankingMargin">The claim's fused ranking score minus the best score of another such claim (0 when none).</param>
public sealed record MatchEvidence(
    double Coverage,
    double CoverageMargin,
    int PassageRank,
    double Bm25Ratio,
    int TermCount,
    bool Indonesian,
    double LexicalFusion = 0,
    double? Cosine = null,
    double CosineMargin = 0,
    int Rank = 0,
    double RankingMargin = 0);
