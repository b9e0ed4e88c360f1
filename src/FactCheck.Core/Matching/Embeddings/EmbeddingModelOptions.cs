using System.ComponentModel.DataAnnotations;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Which sentence-embedding model to use: a bundled one (no download) or one on disk.</summary>
public sealed class EmbeddingModelOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "Embeddings";

    /// <summary>Whether messages are also matched by sentence embeddings (loads the model at start; on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// "arctic-xs" (default: dense-only MAP@5 0.883 on CLEF train against 0.852 for MiniLM), "minilm", or "directory"
    /// to load <see cref="Directory"/> (e.g. a multilingual model). Both bundled models are English-only.
    /// </summary>
    [Required]
    [RegularExpression("^(minilm|arctic-xs|directory)$", ErrorMessage = "Embeddings:Model must be minilm, arctic-xs or directory.")]
    public string Model { get; set; } = BundledEmbeddingModels.ArcticXsName;

    /// <summary>A folder holding model.onnx and vocab.txt; used when <see cref="Model"/> is "directory".</summary>
    public string? Directory { get; set; }

    /// <summary>Pooling of the model in <see cref="Directory"/>.</summary>
    public EmbeddingPooling Pooling { get; set; } = EmbeddingPooling.Mean;

    /// <summary>Whether the model in <see cref="Directory"/> is uncased (lower-case and strip accents first).</summary>
    public bool LowerCase { get; set; } = true;

    /// <summary>Instruction the model in <see cref="Directory"/> expects before a query (e.g. "query: " for e5), if any.</summary>
    public string? QueryPrefix { get; set; }

    /// <summary>Longest input in tokens; longer inputs are cut (the matcher segments long messages first).</summary>
    [Range(8, 8192)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>
    /// Whether the model's matrix products run in int8 (<see cref="Int8Quantizer"/>): about 30 % less time a message,
    /// sentence vectors within a cosine of 0.997 of the float model's. Changing it re-embeds the claims once.
    /// </summary>
    public bool Quantize { get; set; } = true;

    /// <summary>Threads ONNX Runtime may use inside one inference; the default suits a small 2-core host.</summary>
    [Range(1, 64)]
    public int IntraOpThreads { get; set; } = Math.Min(Environment.ProcessorCount, 2);

    /// <summary>Claim vectors from which they are searched through an HNSW graph kept beside the index (below: an exact scan).</summary>
    [Range(1, int.MaxValue)]
    public int GraphFromVectors { get; set; } = VectorIndexOptions.Default.GraphFromVectors;

    /// <summary>Links per node of the graph (changing it rebuilds the graph).</summary>
    [Range(4, 256)]
    public int GraphConnectivity { get; set; } = HnswSettings.Default.Connectivity;

    /// <summary>Candidates kept while adding a vector to the graph.</summary>
    [Range(8, 4096)]
    public int GraphExpansionAdd { get; set; } = HnswSettings.Default.ExpansionAdd;

    /// <summary>Candidates kept while searching the graph (higher: better recall, slower).</summary>
    [Range(8, 4096)]
    public int GraphExpansionSearch { get; set; } = HnswSettings.Default.ExpansionSearch;

    /// <summary>Graphs of fewer vectors are also held in memory as int8 rows and searched exactly (faster and exact there); 0: never.</summary>
    [Range(0, int.MaxValue)]
    public int GraphExactScanBelow { get; set; } = VectorIndexOptions.Default.ExactScanBelow;

    /// <summary>The vector index settings these options describe.</summary>
    public VectorIndexOptions ToVectorIndexOptions() =>
        new(new HnswSettings(GraphConnectivity, GraphExpansionAdd, GraphExpansionSearch), GraphFromVectors, ExactScanBelow: GraphExactScanBelow);
}
