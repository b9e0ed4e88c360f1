using FactCheck.Core.Claims;

namespace FactCheck.Core.Checking;

/// <summary>A stored claim found in the message, with the passage that matched it best.</summary>
/// <param name="Claim">The claim, with the reviews every verdict is cited from.</param>
/// <param name="Decision">Reply (confident) or Suggest (possibly related).</param>
/// <param name="Score">Calibrated confidence between 0 and 1.</param>
/// <param name="Passage">The part of the message that matched.</param>
public sealed record ClaimMatch(Claim Claim, MatchDecision Decision, double Score, string Passage);
