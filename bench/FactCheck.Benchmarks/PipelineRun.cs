using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>`pipeline --store DB --index DIR --queries FILE [--model arctic-xs] [--lexical true] [--expansion-search N]`: the bot's check service over an
/// existing store and its index folder (Lucene and the claim vectors' graph) with embeddings, as a running bot has
/// them: how long opening them takes, then every query's check time (p50/p95/p99) and the resident memory.</summary>
internal static class PipelineRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var database = new SqliteDatabase($"Data Source={named["store"]}");
        var lexical = named.GetValueOrDefault("lexical") == "true"; // the same run without embeddings, for comparison
        using var embedder = lexical ? null : OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = named.GetValueOrDefault("model", BundledEmbeddingModels.ArcticXsName) });
        var modelSeconds = clock.Elapsed.TotalSeconds;
        using var checks = new CheckService(
            new SqliteClaimStore(database), new MatchingOptions(), embedder, lexical ? null : new SqliteEmbeddingStore(database), new SqlClaimChangeLog(database), new ClaimIndexLocation(named["index"]),
            named.TryGetValue("expansion-search", out var ef) ? new VectorIndexOptions(HnswSettings.Default with { ExpansionSearch = int.Parse(ef, CultureInfo.InvariantCulture) }) : null);
        await checks.ReloadAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model loaded in {modelSeconds:F1} s; index and vectors opened in {clock.Elapsed.TotalSeconds - modelSeconds:F1} s ({checks.IndexReport?.RebuildReason ?? "index reused"}; vectors: {checks.VectorReport?.RebuildReason ?? "reused"}, graph {checks.VectorReport?.Graph}, {checks.VectorReport?.Owners:N0} claims, {checks.VectorReport?.Computed:N0} embedded)"));

        var queries = File.ReadLines(named["queries"]).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)[^1]).ToList();
        Console.WriteLine(await CheckTimings.MeasureAsync(checks, queries, cancellationToken));
        return 0;
    }
}
