using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>What a restart costs on the CLEF pool: the lexical index build, and loading stored embeddings into the dense index.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IndexBenchmarks
{
    private IReadOnlyList<Claim> _claims = [];
    private SqliteEmbeddingStore _store = null!;
    private ITextEmbedder _storedOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _claims = BenchData.Load(Path.Combine(BenchEnvironment.BenchFolder, "clef2022-2a-en"), "dev").Claims;
        _store = new SqliteEmbeddingStore(Migrations.Open(BenchEnvironment.EmbeddingsDatabase));
        using var embedder = OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = BenchEnvironment.Model });
        _storedOnly = new StoredOnlyEmbedder(embedder.ModelId, embedder.Dimensions);

        // Make sure every vector is stored, so the measured load never runs the model.
        DenseRetriever.BuildAsync(_claims, embedder, _store, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int BuildLexicalIndex()
    {
        using var index = ClaimIndex.Build(_claims);
        return index.Claims.Count;
    }

    [Benchmark]
    public int LoadDenseIndexFromStore() =>
        DenseRetriever.BuildAsync(_claims, _storedOnly, _store, CancellationToken.None).GetAwaiter().GetResult().Index.Count;

    /// <summary>Stands in for the model when every vector is expected in the store: a miss is a benchmark bug.</summary>
    private sealed class StoredOnlyEmbedder(string modelId, int dimensions) : ITextEmbedder
    {
        public string ModelId => modelId;

        public int Dimensions => dimensions;


        public string QueryPrefix => string.Empty;

        public float[] Embed(string text) => throw new InvalidOperationException("Vector missing from the store: " + text);

        public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            texts.Count == 0 ? [] : throw new InvalidOperationException($"{texts.Count} vectors missing from the store.");
    }
}
