using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Benchmarks;

/// <summary>`ann [--vectors N] [--data DIR1,DIR2 --cache DB [--model ID] [--grow-seed S]] [--queries Q]
/// [--connectivity M] [--expansion-add A] [--expansion-search S1,S2,...] [--threads T] [--save FILE]`: the HNSW index
/// alone. With `--data`, the real claim vectors of those bench sets (embedded through the cache DB) grown to N vectors
/// with synthetic claims (<see cref="AnnVectors"/>) and the first Q dev queries of each set; without it, N generated
/// unit vectors. For each search expansion: recall@50 and recall@20 counted on claims (the k owners the graph returns
/// against the exact scan's k best owners), and the query time. `--save` also writes the queries and the exact answers
/// beside the index; `ann --view FILE` then memory-maps it as the bot does and prints recall, query time and the
/// resident memory of a process that holds nothing else.</summary>
internal static class AnnRun
{
    private const int K = 50;

    // The matcher asks for 20 claims per passage (MatchingOptions.DenseCandidatesPerPassage).
    private const int MatcherK = 20;

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
            return View(viewed, settings, searches);
        }

        var clock = Stopwatch.StartNew();
        var data = named.TryGetValue("data", out var folders)
            ? await AnnVectors.RealAsync(
                folders.Split(','), named.GetValueOrDefault("model", BundledEmbeddingModels.ArcticXsName), named["cache"],
                Int(named, "vectors", 1_000_000), queryCount, Int(named, "grow-seed", 5), cancellationToken)
            : AnnVectors.Generated(Int(named, "vectors", 1_000_000), Int(named, "dimensions", 384), queryCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Count:N0} vectors of {data.Dimensions} dimensions, {data.QueryCount} queries, M={settings.Connectivity} ef_add={settings.ExpansionAdd} ({clock.Elapsed.TotalSeconds:F0} s to get them)"));

        clock.Restart();
        var truth = AnnTruth.TopOwners(data, K);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact scan: {clock.Elapsed.TotalSeconds:F1} s for all queries ({clock.Elapsed.TotalMilliseconds / data.QueryCount:F1} ms a query, one thread per core)"));

        if (named.GetValueOrDefault("f16-check") == "true")
        {
            // The graph stores 16-bit components: the exact scan over those is the best any graph search can do.
            var rounded = data.Vectors.Select(v => (float)(Half)v).ToArray();
            var truth16 = AnnTruth.TopOwners(data with { Vectors = rounded }, K);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact scan over f16 components: recall@{K} {truth.Zip(truth16).Average(p => p.First.Intersect(p.Second).Count() / (double)K):F4}"));
        }

        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var index = HnswIndex.Create(data.Dimensions, settings);
        const int chunk = 50_000;
        for (var from = 0; from < data.Count; from += chunk)
        {
            var items = new List<(int, float[])>(chunk);
            for (var i = from; i < Math.Min(data.Count, from + chunk); i++)
            {
                items.Add((data.Owners[i], data.Vectors.AsSpan(i * data.Dimensions, data.Dimensions).ToArray()));
            }

            index.AddMany(items, Int(named, "threads", Environment.ProcessorCount), cancellationToken);
        }

        var built = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build: {clock.Elapsed.TotalSeconds:F1} s wall, {built.TotalSeconds:F0} s CPU ({Environment.ProcessorCount} threads), RSS {Rss():N0} MB"));
        var queries = data.Queries;
        var sets = data.QuerySets;
        data = null;
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after freeing the vectors: RSS {Rss():N0} MB (the index loaded in memory)"));
        named.TryGetValue("save", out var path);
        if (path is not null)
        {
            index.Save(path);
            File.WriteAllBytes(path + ".queries", FloatBytes(queries));
            AnnTruth.Save(path + ".truth", truth, sets);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"saved {path}: {new FileInfo(path).Length / 1e6:N0} MB (+ .queries, .truth)"));
        }

        foreach (var ef in searches)
        {
            // The expansion of a live index is set when it is opened; a saved one is viewed with each setting.
            using var tuned = path is null ? null : HnswIndex.Open(path, settings with { ExpansionSearch = ef }, view: true);
            Report(tuned ?? index, ef, queries, sets, truth);
        }

        return 0;
    }

    private static int View(string path, HnswSettings settings, int[] searches)
    {
        var queries = FloatsOf(File.ReadAllBytes(path + ".queries"));
        var (truth, sets) = AnnTruth.Load(path + ".truth") ?? throw new FileNotFoundException("no exact answers beside the index", path + ".truth");
        GC.Collect();
        var before = Rss();
        foreach (var ef in searches)
        {
            var clock = Stopwatch.StartNew();
            using var index = HnswIndex.Open(path, settings with { ExpansionSearch = ef }, view: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"view of {index.Count:N0} vectors opened in {clock.Elapsed.TotalMilliseconds:F0} ms; RSS {before:N0} -> {Rss():N0} MB"));
            Report(index, ef, queries, sets, truth);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RSS {Rss():N0} MB, peak {PeakRss():N0} MB"));
        return 0;
    }

    // Recall on claims (the graph's k owners against the exact k best), per query set, at k 50 and at the matcher's 20.
    private static void Report(HnswIndex index, int ef, float[] queries, string[] sets, int[][] truth)
    {
        var dimensions = index.Dimensions;
        foreach (var k in new[] { K, MatcherK })
        {
            var found = new Dictionary<string, (double Found, int Queries)>();
            var latencies = new List<double>();
            var returned = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var q = 0; q < truth.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                var hits = index.Search(queries.AsSpan(q * dimensions, dimensions), k);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                returned += hits.Count;
                var exact = truth[q].Take(k).ToHashSet();
                var (f, n) = found.GetValueOrDefault(sets[q]);
                found[sets[q]] = (f + (hits.Count(h => exact.Contains(h.Owner)) / (double)k), n + 1);
            }

            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            latencies.Sort();
            var recalls = string.Join(", ", found.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.Found / s.Value.Queries:F4}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ef_search={ef} k={k} (graph asked for {3 * k} vectors): recall@{k} {recalls} ({returned / (double)truth.Length:F1} claims returned); query p50 {latencies[latencies.Count / 2]:F3} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F3} ms, CPU {used.TotalMilliseconds / truth.Length:F3} ms a query"));
        }
    }

    private static byte[] FloatBytes(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    private static float[] FloatsOf(byte[] bytes)
    {
        var values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * sizeof(float));
        return values;
    }

    private static long Rss() => Process.GetCurrentProcess().WorkingSet64 / 1_000_000;

    private static long PeakRss() => Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000;

    private static int Int(IReadOnlyDictionary<string, string> named, string key, int fallback) =>
        named.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
