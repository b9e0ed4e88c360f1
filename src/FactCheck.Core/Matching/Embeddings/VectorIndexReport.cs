namespace FactCheck.Core.Matching.Embeddings;

/// <summary>What opening the claim vectors did: the graph found was used (null reason) or rebuilt and why, whether a graph
/// is in use at all, how many owners have vectors, how many vectors the model had to compute, and how long it took.</summary>
public sealed record VectorIndexReport(string? Folder, string? RebuildReason, bool Graph, int Owners, int Computed, TimeSpan Elapsed);
