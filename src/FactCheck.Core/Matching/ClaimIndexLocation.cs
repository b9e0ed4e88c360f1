namespace FactCheck.Core.Matching;

/// <summary>Where the claim index lives: a folder beside the store, or null to keep it in memory (an in-memory store).</summary>
public sealed record ClaimIndexLocation(string? Folder);
