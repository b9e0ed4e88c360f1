namespace FactCheck.Core.Matching;

/// <summary>The best evidence found for one claim over all passages of a message.</summary>
/// <param name="ClaimIndex">Position of the claim in the index.</param>
/// <param name="Confidence">Calibrated confidence between 0 and 1.</param>
/// <param name="RankingScore">Score used to order claims for evaluation (higher is better).</param>
/// <param name="Passage">The passage that matched best.</param>
/// <param name="ReplyAllowed">False when the evidence is too thin for a verdict whatever the confidence (a very short passage).</param>
public sealed record PassageMatch(int ClaimIndex, double Confidence, double RankingScore, Passage Passage, bool ReplyAllowed);
