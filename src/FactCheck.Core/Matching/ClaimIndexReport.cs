namespace FactCheck.Core.Matching;

/// <summary>What opening the claim index did: where it is, why it was rebuilt (null when the one found was used), how
/// many changes it caught up with, and how long that took.</summary>
public sealed record ClaimIndexReport(string? Folder, string? RebuildReason, int ChangesApplied, int Claims, TimeSpan Elapsed);
