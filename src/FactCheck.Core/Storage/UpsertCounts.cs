namespace FactCheck.Core.Storage;

/// <summary>What an upsert did to the stored claims.</summary>
public sealed record UpsertCounts(int Added, int Updated, int Unchanged);
