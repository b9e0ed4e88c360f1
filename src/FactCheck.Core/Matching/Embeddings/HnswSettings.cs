namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The HNSW graph's shape: links per node and the candidate lists kept while adding and while searching.</summary>
/// <param name="Connectivity">Links per node (USearch's M); more links, more memory and better recall.</param>
/// <param name="ExpansionAdd">Candidates kept while linking a new vector (efConstruction).</param>
/// <param name="ExpansionSearch">Candidates kept while searching (ef). USearch keeps max(ef, vectors asked for), and
/// <see cref="HnswIndex.Search"/> asks for 3k vectors to return k claims: below 3k the setting changes nothing (the
/// matcher's 20 claims a passage ask for 60 vectors).</param>
public sealed record HnswSettings(int Connectivity = 16, int ExpansionAdd = 128, int ExpansionSearch = 192)
{
    /// <summary>The settings measured to reach recall@50 of 0.98 at a million vectors (bench/README.md).</summary>
    public static HnswSettings Default { get; } = new();
}
