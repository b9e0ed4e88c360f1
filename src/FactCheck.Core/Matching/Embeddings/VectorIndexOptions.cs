namespace FactCheck.Core.Matching.Embeddings;

/// <summary>How claim vectors are searched: by exact scan below <paramref name="GraphFromVectors"/> vectors (faster and
/// exact there: the int8 scan reads 50,000 vectors in about 0.8 ms), through the HNSW graph on disk from there on.</summary>
/// <param name="Graph">The graph's connectivity and expansions.</param>
/// <param name="GraphFromVectors">Vectors from which a graph is built and kept on disk.</param>
/// <param name="CompactAfter">Vectors added or retired since the graph was written after which it is rewritten with them
/// (until then they are searched exactly beside it, and replayed from the store after a restart).</param>
/// <param name="ExactScanBelow">Graphs of fewer vectors are also copied into memory as int8 rows at start and searched by
/// the exact scan instead (exact, and faster than the graph up to a few hundred thousand vectors); the graph stays the
/// copy on disk. 0: always search the graph.</param>
public sealed record VectorIndexOptions(HnswSettings Graph, int GraphFromVectors = 50_000, int CompactAfter = 20_000, int ExactScanBelow = 300_000)
{
    /// <summary>The measured defaults (bench/README.md).</summary>
    public static VectorIndexOptions Default { get; } = new(HnswSettings.Default);
}
