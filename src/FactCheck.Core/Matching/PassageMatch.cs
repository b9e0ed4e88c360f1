namespace FactCheck.Core.Matching;

/// <summary>The best evidence found for one claim over all passages of a message.</summary>
/// <param name="ClaimIndex">Position of the claim in the index.</param>
/// <param name="Confidence">Calibrated probability (0 to 1) that the message states the claim (<see cref="DecisionModel"/>).</param>
/// <param name="RankingScore">Score used to order claims (higher is better).</param>
/// <param name="Passage">The passage that matched best.</param>
/// <param name="ReplyAllowed">False when the evidence is too thin for a verdict whatever the confidence (a very short passage).</param>
/// <param name="Evidence">The features the confidence was computed from; null for a match by URL.</param>
public sealed record PassageMatch(int ClaimIndex, double Confidence, double RankingScore, Passage Passage, bool ReplyAllowed, MatchEvidence? Evidence = null);
