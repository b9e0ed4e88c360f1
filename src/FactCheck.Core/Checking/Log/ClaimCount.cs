namespace FactCheck.Core.Checking.Log;

/// <summary>How many recorded checks confidently matched a claim.</summary>
public sealed record ClaimCount(string ClaimId, int Count);
