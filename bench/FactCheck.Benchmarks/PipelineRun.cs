using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>`pipeline --store DB --index DIR --queries FILE [--model arctic-xs] [--lexical true] [--expansion-search N]
/// [--exact-scan-below N] [--beside false] [--intra-op N] [--qrels FILE] [--slowest N] [--passage-threads N] [--warmup FILE[,FILE]]`: the bot's check service over an
/// existing store and its index folder (Lucene and the claim vectors' graph) with embeddings, as a running bot has
/// them: how long opening them takes, then every query's check time (p50/p95/p99) and the resident memory.
/// `--exact-scan-below 0` searches the graph even where its int8 copy would be scanned
/// (<see cref="VectorIndexOptions.ExactScanBelow"/>); `--beside false` runs the dense half of a check before the
/// lexical one instead of beside it (<see cref="MatchingOptions.DenseBesideLexical"/>); `--intra-op` sets the model's
/// threads (Embeddings:IntraOpThreads); `--qrels` adds the ranking (MAP@5 ...) of the queries over the whole store.</summary>
internal static class PipelineRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var database = new SqliteDatabase($"Data Source={named["store"]}");
        var lexical = named.GetValueOrDefault("lexical") == "true"; // the same run without embeddings, for comparison
        using var embedder = lexical ? null : OnnxTextEmbedder.Create(new EmbeddingModelOptions
        {
            Model = named.GetValueOrDefault("model", BundledEmbeddingModels.ArcticXsName),
            IntraOpThreads = named.TryGetValue("intra-op", out var threads) ? int.Parse(threads, CultureInfo.InvariantCulture) : new EmbeddingModelOptions().IntraOpThreads,
        });
        var modelSeconds = clock.Elapsed.TotalSeconds;
        using var checks = new CheckService(
            new SqliteClaimStore(database), new MatchingOptions { DenseBesideLexical = named.GetValueOrDefault("beside", "true") == "true", PassageSearchThreads = int.Parse(named.GetValueOrDefault("passage-threads", "2"), CultureInfo.InvariantCulture) }, embedder, lexical ? null : new SqliteEmbeddingStore(database), new SqlClaimChangeLog(database), new ClaimIndexLocation(named["index"]),
            VectorOptions(named));
        await checks.ReloadAsync(cancellationToken);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model loaded in {modelSeconds:F1} s; index and vectors opened in {clock.Elapsed.TotalSeconds - modelSeconds:F1} s ({checks.IndexReport?.RebuildReason ?? "index reused"}; vectors: {checks.VectorReport?.RebuildReason ?? "reused"}, graph {checks.VectorReport?.Graph}, {checks.VectorReport?.Owners:N0} claims, {checks.VectorReport?.Computed:N0} embedded)"));

        // A running bot has long finished copying a small graph for the exact scan; a check must not pay for it here.
        if (checks.Dense?.Index is LiveVectorIndex live)
        {
            await live.ScanReady.WaitAsync(cancellationToken);
        }

        var queries = File.ReadLines(named["queries"]).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)[^1]).ToList();
        var warmUp = named.TryGetValue("warmup", out var files) ? CheckTimings.ReadQueries(files) : null;
        Console.WriteLine(await CheckTimings.MeasureAsync(checks, queries, cancellationToken, int.Parse(named.GetValueOrDefault("slowest", "0"), CultureInfo.InvariantCulture), warmUp));
        if (named.TryGetValue("qrels", out var qrels))
        {
            Console.WriteLine($"ranking over this store: {Ranking(checks.Matcher!, named["queries"], qrels, cancellationToken)}");
        }

        return 0;
    }

    // The ranking the matcher gives over the whole store (the distractors included), as `eval` measures it over a pool.
    private static RankingMetrics Ranking(Matcher matcher, string queriesPath, string qrelsPath, CancellationToken cancellationToken)
    {
        var relevant = File.ReadLines(qrelsPath)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 4 && f[3].Trim() != "0")
            .GroupBy(f => f[0], f => f[2])
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var metrics = new RankingMetrics();
        foreach (var fields in File.ReadLines(queriesPath).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)))
        {
            var ranked = matcher.Match(fields[^1], null, cancellationToken).Matches.Take(10).Select(m => matcher.Index.Claims[m.ClaimIndex].Id).ToList();
            metrics.Add(ranked, relevant.GetValueOrDefault(fields[0]) ?? new HashSet<string>());
        }

        return metrics;
    }

    private static VectorIndexOptions VectorOptions(IReadOnlyDictionary<string, string> named) => VectorIndexOptions.Default with
    {
        Graph = named.TryGetValue("expansion-search", out var ef) ? HnswSettings.Default with { ExpansionSearch = int.Parse(ef, CultureInfo.InvariantCulture) } : HnswSettings.Default,
        ExactScanBelow = named.TryGetValue("exact-scan-below", out var below) ? int.Parse(below, CultureInfo.InvariantCulture) : VectorIndexOptions.Default.ExactScanBelow,
    };
}
