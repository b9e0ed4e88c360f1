using BenchmarkDotNet.Attributes;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Time per message on the 14,231-claim CLEF pool: lexical, dense and fused matching of the dev tweets.</summary>
[MemoryDiagnoser]
public class MatchLatencyBenchmarks : IDisposable
{
    private const int Messages = 50;

    private ClaimIndex _index = null!;
    private OnnxTextEmbedder _embedder = null!;
    private DenseRetriever _dense = null!;
    private Matcher _lexical = null!;
    private Matcher _fused = null!;
    private string[] _queries = [];
    private float[][] _queryVectors = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Load(Path.Combine(BenchEnvironment.BenchFolder, "clef2022-2a-en"), "dev");
        _queries = data.Queries.Take(Messages).Select(q => q.Text).ToArray();
        _index = ClaimIndex.Build(data.Claims);
        _embedder = OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = BenchEnvironment.Model });
        var store = new SqliteEmbeddingStore(Migrations.Open(BenchEnvironment.EmbeddingsDatabase));
        _dense = DenseRetriever.BuildAsync(data.Claims, _embedder, store, CancellationToken.None).GetAwaiter().GetResult();
        _lexical = new Matcher(_index, new MatchingOptions());
        _fused = new Matcher(_index, new MatchingOptions(), _dense);
        _queryVectors = _queries.Select(_embedder.Embed).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int LexicalMatch() => _queries.Sum(q => _lexical.Match(q).Matches.Count);

    [Benchmark(OperationsPerInvoke = Messages)]
    public int FusedMatch() => _queries.Sum(q => _fused.Match(q).Matches.Count);

    [Benchmark(OperationsPerInvoke = Messages)]
    public int EmbedMessage() => _queries.Sum(q => _embedder.Embed(q).Length);

    [Benchmark(OperationsPerInvoke = Messages)]
    public int DenseSearchTop20() => _queryVectors.Sum(v => _dense.Index.Search(v, 20).Count);

    [GlobalCleanup]
    public void Dispose()
    {
        _index.Dispose();
        _embedder.Dispose();
        GC.SuppressFinalize(this);
    }
}
