using FactCheck.Core.Claims;

namespace FactCheck.Core.Matching;

/// <summary>What one change did to the index: the claim now in <paramref name="Slot"/>, or null when it was deleted.</summary>
public sealed record AppliedChange(int Slot, Claim? Claim);
