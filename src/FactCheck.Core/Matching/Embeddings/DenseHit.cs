namespace FactCheck.Core.Matching.Embeddings;

/// <summary>One result of a dense search: the owner (e.g. a claim's ordinal) and its best cosine similarity.</summary>
public readonly record struct DenseHit(int Owner, float Score);
