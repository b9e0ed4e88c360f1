using BenchmarkDotNet.Attributes;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Benchmarks;

/// <summary>One model run per message, as the matcher makes it (query instruction included), float against int8 weights.</summary>
public class ModelRunBenchmarks : IDisposable
{
    private const int Messages = 50;

    private OnnxTextEmbedder _embedder = null!;
    private string[] _texts = [];

    /// <summary>Whether the model's matrix products run in int8 (<see cref="Int8Quantizer"/>).</summary>
    [Params(false, true)]
    public bool Quantize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Load(Path.Combine(BenchEnvironment.BenchFolder, "clef2022-2a-en"), "dev");
        _embedder = OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = BenchEnvironment.Model, Quantize = Quantize });
        _texts = data.Queries.Take(Messages).Select(q => _embedder.QueryPrefix + q.Text).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int EmbedMessage() => _texts.Sum(t => _embedder.Embed(t).Length);

    [GlobalCleanup]
    public void Dispose()
    {
        _embedder.Dispose();
        GC.SuppressFinalize(this);
    }
}
