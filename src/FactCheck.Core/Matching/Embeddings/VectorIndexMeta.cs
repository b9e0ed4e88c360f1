namespace FactCheck.Core.Matching.Embeddings;

/// <summary>What a saved vector graph holds: written for which store, model and shape, up to which change of the
/// store, the graph file's length and SHA-256, and the owners (claim slots) that have vectors in it.</summary>
internal sealed record VectorIndexMeta(
    string StoreId, string ModelId, int Dimensions, int Connectivity, long Sequence, long GraphLength, byte[] GraphSha256, int[] Owners);
