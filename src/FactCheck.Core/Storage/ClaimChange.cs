using FactCheck.Core.Claims;

namespace FactCheck.Core.Storage;

/// <summary>One change of the store: the claim as it now is, or null when it was deleted.</summary>
public sealed record ClaimChange(long Sequence, string ClaimId, Claim? Claim);
