namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The HNSW graph's shape: links per node and the candidate lists kept while adding and while searching.</summary>
/// <param name="Connectivity">Links per node (USearch's M); more links, more memory and better recall.</param>
/// <param name="ExpansionAdd">Candidates kept while linking a new vector (efConstruction).</param>
/// <param name="ExpansionSearch">Candidates kept while searching (ef). USearch keeps max(ef, vectors asked for), and
/// <see cref="HnswIndex.Search"/> asks for 3k vectors to return k claims: below 3k the setting changes nothing (the
/// matcher's 20 claims a passage ask for 60 vectors).</param>
public sealed record HnswSettings(int Connectivity = 32, int ExpansionAdd = 128, int ExpansionSearch = 1024)
{
    /// <summary>On real claim vectors grown to 300,000 (bench/README.md): recall@20, what the matcher asks for, 0.983
    /// at about 8 ms of CPU a search (M 16 and ef 192 gave 0.90 at 100,000); recall@50 reaches 0.98 only at ef 2048
    /// (0.983, 15 ms). 1,000,000 is not measured.</summary>
    public static HnswSettings Default { get; } = new();
}
