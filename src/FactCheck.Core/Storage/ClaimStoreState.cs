namespace FactCheck.Core.Storage;

/// <summary>Which store, at which change, holding how many claims (read in one transaction).</summary>
public sealed record ClaimStoreState(string StoreId, long Sequence, int ClaimCount);
