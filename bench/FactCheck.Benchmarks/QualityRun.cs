using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Dense-only retrieval quality and timings on a bench data set: `quality --data DIR [--split dev] [--model minilm]`.</summary>
internal static class QualityRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        var folder = args["data"];
        var split = args.GetValueOrDefault("split", "dev");
        var options = new EmbeddingModelOptions
        {
            Model = args.GetValueOrDefault("model", BundledEmbeddingModels.MiniLmName),
            IntraOpThreads = int.Parse(args.GetValueOrDefault("threads", "2"), CultureInfo.InvariantCulture),
        };
        var cache = args.GetValueOrDefault("cache", Path.Combine(Path.GetTempPath(), "factcheck-embeddings.db"));

        var data = BenchData.Load(folder, split, args.GetValueOrDefault("claims", "claims.jsonl"));
        var clock = Stopwatch.StartNew();
        using var embedder = OnnxTextEmbedder.Create(options);
        Console.WriteLine($"model {embedder.ModelId} loaded in {clock.ElapsedMilliseconds} ms");
        var prefix = args.GetValueOrDefault("query-prefix", embedder.QueryPrefix);

        var store = new SqliteEmbeddingStore(Migrations.Open(cache));
        var stored = new StoredEmbeddings(embedder, store);
        clock.Restart();
        var index = await ClaimVectors.BuildIndexAsync(data.Claims, stored, embedder.Dimensions, cancellationToken);
        Console.WriteLine($"pool: {data.Claims.Count} claims, {index.Count} vectors, index built in {clock.Elapsed.TotalSeconds:F1} s (cache {cache})");

        var embedMs = new List<double>();
        var searchMs = new List<double>();
        var metrics = new RankingMetrics();
        using var run = args.TryGetValue("run", out var runPath) ? new StreamWriter(runPath) : null;
        foreach (var (id, text) in data.Queries)
        {
            var t0 = Stopwatch.GetTimestamp();
            var vector = embedder.Embed(prefix + text);
            var t1 = Stopwatch.GetTimestamp();
            var hits = index.Search(vector, 100);
            var t2 = Stopwatch.GetTimestamp();
            embedMs.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            searchMs.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            var ranked = hits.Select(h => data.Claims[h.Owner].Id).ToArray();
            metrics.Add(ranked, data.Relevant[id].ToHashSet());
            for (var r = 0; r < hits.Count && run is not null; r++)
            {
                run.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}\t{ranked[r]}\t{r + 1}\t{hits[r].Score:F5}"));
            }
        }

        Console.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))} {split} dense {options.Model}{(prefix.Length > 0 ? " +prefix" : "")}: {metrics}");
        Console.WriteLine($"query embed ms p50 {Percentile(embedMs, 50):F2} p99 {Percentile(embedMs, 99):F2}; search ms p50 {Percentile(searchMs, 50):F2} p99 {Percentile(searchMs, 99):F2}");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"working set {self.WorkingSet64 / (1024 * 1024)} MB, peak {self.PeakWorkingSet64 / (1024 * 1024)} MB, index vectors {index.VectorBytes / (1024 * 1024)} MB");
        return 0;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
