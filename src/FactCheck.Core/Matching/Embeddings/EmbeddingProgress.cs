namespace FactCheck.Core.Matching.Embeddings;

/// <summary>How far embedding a list of claim texts has got: texts done of the total, of which computed by the model
/// now (the rest were found stored).</summary>
public sealed record EmbeddingProgress(int Done, int Total, int Computed, bool Finished);
