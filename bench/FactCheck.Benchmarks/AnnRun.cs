using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>`ann [--vectors N] [--dimensions D] [--queries Q] [--connectivity M] [--expansion-add A]
/// [--expansion-search S1,S2,...] [--threads T] [--save FILE] [--store DB --model ID]`: the HNSW index alone. Builds it
/// over N generated unit vectors (clustered like sentence embeddings: a shared direction, 10,000 topics, noise), or over
/// the claim vectors of an embedding store (`--store`, Q of them held out as queries), then for each search expansion
/// prints recall@50 against the exact float scan and the query time. `--view FILE` instead memory-maps a saved index
/// and prints only the query time and the resident memory of a process that holds nothing else.</summary>
internal static class AnnRun
{
    private const int K = 50;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var settings = new HnswSettings(
            Int(named, "connectivity", HnswSettings.Default.Connectivity),
            Int(named, "expansion-add", HnswSettings.Default.ExpansionAdd),
            HnswSettings.Default.ExpansionSearch);
        var searches = named.GetValueOrDefault("expansion-search", settings.ExpansionSearch.ToString(CultureInfo.InvariantCulture))
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var queryCount = Int(named, "queries", 200);
        if (named.TryGetValue("view", out var viewed))
        {
            return View(viewed, settings, searches, Int(named, "dimensions", 384), queryCount);
        }

        var (vectors, dimensions) = named.TryGetValue("store", out var store)
            ? await ReadStoreAsync(store, named["model"], cancellationToken)
            : (Generate(Int(named, "vectors", 1_000_000), Int(named, "dimensions", 384), seed: 11), Int(named, "dimensions", 384));
        var count = vectors.Length / dimensions;
        var queries = named.ContainsKey("store") ? TakeQueries(vectors, dimensions, queryCount) : Generate(queryCount, dimensions, seed: 12);
        var indexed = named.ContainsKey("store") ? count - queryCount : count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indexed:N0} vectors of {dimensions} dimensions, {queryCount} queries, M={settings.Connectivity} ef_add={settings.ExpansionAdd}"));

        var clock = Stopwatch.StartNew();
        var exact = ExactTop(vectors, indexed, dimensions, queries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact scan: {clock.Elapsed.TotalSeconds:F1} s for all queries ({clock.Elapsed.TotalMilliseconds / queryCount:F1} ms a query, one thread per core)"));

        clock.Restart();
        using var index = HnswIndex.Create(dimensions, settings);
        const int chunk = 50_000;
        for (var from = 0; from < indexed; from += chunk)
        {
            var items = new List<(int, float[])>(chunk);
            for (var i = from; i < Math.Min(indexed, from + chunk); i++)
            {
                items.Add((i, vectors.AsSpan(i * dimensions, dimensions).ToArray()));
            }

            index.AddMany(items, Int(named, "threads", Environment.ProcessorCount), cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build: {clock.Elapsed.TotalSeconds:F1} s ({Environment.ProcessorCount} threads), RSS {Rss():N0} MB"));
        vectors = [];
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after freeing the generated vectors: RSS {Rss():N0} MB (the index loaded in memory)"));
        foreach (var ef in searches)
        {
            using var tuned = Retune(index, settings with { ExpansionSearch = ef }, named.GetValueOrDefault("save"));
            var (recall, p50, p99) = Measure(tuned ?? index, queries, dimensions, exact, ef);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ef_search={ef}: recall@{K} {recall:F4}, query p50 {p50:F3} ms, p99 {p99:F3} ms"));
        }

        if (named.TryGetValue("save", out var path))
        {
            index.Save(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"saved {path}: {new FileInfo(path).Length / 1e6:N0} MB"));
        }

        return 0;
    }

    // The expansion of a live index is set when it is opened; the run saves it once and views it with each setting.
    private static HnswIndex? Retune(HnswIndex index, HnswSettings settings, string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            index.Save(path);
        }

        return HnswIndex.Open(path, settings, view: true);
    }

    private static int View(string path, HnswSettings settings, int[] searches, int dimensions, int queryCount)
    {
        var before = Rss();
        var clock = Stopwatch.StartNew();
        using var index = HnswIndex.Open(path, settings with { ExpansionSearch = searches[0] }, view: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"view of {index.Count:N0} vectors opened in {clock.Elapsed.TotalMilliseconds:F0} ms; RSS {before:N0} -> {Rss():N0} MB"));
        var queries = Generate(queryCount, dimensions, seed: 12);
        var latencies = new List<double>();
        for (var q = 0; q < queryCount; q++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(queries.AsSpan(q * dimensions, dimensions), K, K);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ef_search={searches[0]}: p50 {latencies[latencies.Count / 2]:F3} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F3} ms; RSS {Rss():N0} MB, peak {PeakRss():N0} MB"));
        return 0;
    }

    private static (double Recall, double P50, double P99) Measure(HnswIndex index, float[] queries, int dimensions, int[][] exact, int ef)
    {
        double found = 0;
        var latencies = new List<double>();
        for (var q = 0; q < exact.Length; q++)
        {
            var start = Stopwatch.GetTimestamp();
            var hits = index.Search(queries.AsSpan(q * dimensions, dimensions), K, K);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var truth = exact[q].ToHashSet();
            found += hits.Count(h => truth.Contains(h.Owner));
        }

        latencies.Sort();
        _ = ef;
        return (found / (exact.Length * (double)K), latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)]);
    }

    // Exact cosine top-50 (the vectors are unit length, so the dot product), one query block per core.
    private static int[][] ExactTop(float[] vectors, int count, int dimensions, float[] queries)
    {
        var queryCount = queries.Length / dimensions;
        var result = new int[queryCount][];
        Parallel.For(0, queryCount, q =>
        {
            var query = queries.AsSpan(q * dimensions, dimensions);
            var heap = new PriorityQueue<int, float>(K + 1);
            for (var i = 0; i < count; i++)
            {
                var score = TensorPrimitives.Dot(query, vectors.AsSpan(i * dimensions, dimensions));
                if (heap.Count < K)
                {
                    heap.Enqueue(i, score);
                }
                else if (heap.TryPeek(out _, out var lowest) && score > lowest)
                {
                    heap.DequeueEnqueue(i, score);
                }
            }

            result[q] = heap.UnorderedItems.Select(e => e.Element).ToArray();
        });
        return result;
    }

    /// <summary>Unit vectors shaped like sentence embeddings: a direction all share (arctic-xs's unrelated claims have a
    /// cosine near 0.8), one of 10,000 topic directions, and noise of each vector's own.</summary>
    private static float[] Generate(int count, int dimensions, int seed)
    {
        var topics = new Random(3);
        var common = Gaussian(topics, dimensions);
        var centres = Enumerable.Range(0, 10_000).Select(_ => Gaussian(topics, dimensions)).ToArray();
        var vectors = new float[(long)count * dimensions];
        Parallel.For(0, (count + 9_999) / 10_000, block =>
        {
            var random = new Random(seed * 1_000_003 + block);
            for (var i = block * 10_000; i < Math.Min(count, (block + 1) * 10_000); i++)
            {
                var centre = centres[random.Next(centres.Length)];
                var v = vectors.AsSpan(i * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    v[d] = (1.6f * common[d]) + centre[d] + (0.9f * (float)NextGaussian(random) / MathF.Sqrt(dimensions));
                }

                TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            }
        });
        return vectors;
    }

    private static float[] Gaussian(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            v[d] = (float)NextGaussian(random);
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // The last Q stored vectors become the queries; the index holds the others.
    private static float[] TakeQueries(float[] vectors, int dimensions, int queryCount)
    {
        var count = vectors.Length / dimensions;
        return vectors.AsSpan((count - queryCount) * dimensions, queryCount * dimensions).ToArray();
    }

    private static async Task<(float[] Vectors, int Dimensions)> ReadStoreAsync(string path, string model, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT dimensions, vector FROM embeddings WHERE model_id = $model ORDER BY text_sha256";
        command.Parameters.AddWithValue("$model", model);
        var all = new List<float>();
        var dimensions = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            dimensions = reader.GetInt32(0);
            var bytes = (byte[])reader.GetValue(1);
            var v = new float[dimensions];
            Buffer.BlockCopy(bytes, 0, v, 0, bytes.Length);
            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            all.AddRange(v);
        }

        return (all.ToArray(), dimensions);
    }

    private static long Rss() => Process.GetCurrentProcess().WorkingSet64 / 1_000_000;

    private static long PeakRss() => Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000;

    private static int Int(IReadOnlyDictionary<string, string> named, string key, int fallback) =>
        named.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
