using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Benchmarks;

/// <summary>
/// The brute-force scan alone, without the model or the data set: 42,484 random unit vectors of 384 dimensions
/// (the CLEF pool's claim texts under arctic-xs), 14,231 owners, the top 20 for one query.
/// </summary>
[MemoryDiagnoser]
public class DenseScanBenchmarks
{
    private const int Dimensions = 384;
    private const int Vectors = 42_484;
    private const int Owners = 14_231;
    private const int Queries = 16;

    private DenseIndex _index = null!;
    private float[][] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _index = new DenseIndex(Dimensions, Vectors);
        for (var i = 0; i < Vectors; i++)
        {
            // Owners hold about three vectors each, as claims hold their phrasings.
            _index.Add(i * Owners / Vectors, RandomUnit(random));
        }

        _queries = Enumerable.Range(0, Queries).Select(_ => RandomUnit(random)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int SearchTop20() => _queries.Sum(q => _index.Search(q, 20).Count);

    private static float[] RandomUnit(Random random)
    {
        var v = new float[Dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((random.NextDouble() * 2) - 1);
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }
}
