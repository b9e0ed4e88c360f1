namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Vectors of a list of texts, in order, with how many were computed now and how many came from the store.</summary>
public sealed record EmbeddedTexts(float[][] Vectors, int Computed, int Reused);
