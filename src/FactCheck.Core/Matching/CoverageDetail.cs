namespace FactCheck.Core.Matching;

/// <summary>The figures behind a candidate's coverage that the fused ranking also weighs (see <see cref="FusionRanking"/>).</summary>
/// <param name="ClaimCoverage">Share of the best phrasing's weight that the passage says (0 to 1).</param>
/// <param name="SharedTerms">Distinct terms the best phrasing shares with the passage.</param>
/// <param name="SharedWeight">Their summed weight (idf).</param>
/// <param name="PhrasingTerms">Distinct terms of the best phrasing.</param>
/// <param name="PhrasingsSharing">How many of the claim's phrasings share a term with the passage.</param>
/// <param name="Phrasings">How many phrasings the claim has.</param>
/// <param name="Field">The language field of the best phrasing (<see cref="LanguageAnalyzers.Fields"/>).</param>
internal readonly record struct CoverageDetail(double ClaimCoverage, int SharedTerms, double SharedWeight, int PhrasingTerms, int PhrasingsSharing, int Phrasings, int Field = 0);
