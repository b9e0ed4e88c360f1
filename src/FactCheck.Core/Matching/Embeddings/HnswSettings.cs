namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The HNSW graph's shape: links per node and the candidate lists kept while adding and while searching.</summary>
/// <param name="Connectivity">Links per node (USearch's M); more links, more memory and better recall.</param>
/// <param name="ExpansionAdd">Candidates kept while linking a new vector (efConstruction).</param>
/// <param name="ExpansionSearch">Candidates kept while searching (ef); at least the number of neighbours asked for.</param>
public sealed record HnswSettings(int Connectivity = 16, int ExpansionAdd = 128, int ExpansionSearch = 192)
{
    /// <summary>The settings measured to reach recall@50 of 0.98 at a million vectors (bench/README.md).</summary>
    public static HnswSettings Default { get; } = new();
}
