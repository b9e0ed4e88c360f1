using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// Fits the dense weight of the fused matcher on the train split and measures it on dev:
/// `fuse --data DIR --param english|nonenglish [--model minilm] [--grid 0,0.5,1]`.
/// </summary>
internal static class FuseRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        var folder = args["data"];
        var english = args.GetValueOrDefault("param", "english") == "english";
        var grid = args.GetValueOrDefault("grid", "0,0.1,0.2,0.3,0.5,0.75,1,1.5,2,3").Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var model = new EmbeddingModelOptions { Model = args.GetValueOrDefault("model", BundledEmbeddingModels.MiniLmName) };
        var train = BenchData.Load(folder, "train");
        var dev = BenchData.Load(folder, "dev");

        var clock = Stopwatch.StartNew();
        using var index = ClaimIndex.Build(train.Claims);
        Console.WriteLine($"lexical index of {train.Claims.Count} claims built in {clock.ElapsedMilliseconds} ms");
        using var embedder = OnnxTextEmbedder.Create(model);
        clock.Restart();
        var store = new SqliteEmbeddingStore(Migrations.Open(args.GetValueOrDefault("cache", Path.Combine(Path.GetTempPath(), "factcheck-embeddings.db"))));
        var real = await DenseRetriever.BuildAsync(train.Claims, embedder, store, cancellationToken);
        Console.WriteLine($"dense index of {real.Index.Count} vectors loaded/built in {clock.ElapsedMilliseconds} ms");
        var memo = real with { Embedder = new MemoizingEmbedder(embedder) };

        var rrfGrid = args.GetValueOrDefault("rrf-grid", "0,1,2").Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var rrf = 0.0;
        var maxDense = int.Parse(args.GetValueOrDefault("max-dense", "8"), CultureInfo.InvariantCulture);
        MatchingOptions With(double w)
        {
            // On English data both weights are fitted; on Indonesian data only the scale of the English-fitted ones.
            var o = english
                ? new MatchingOptions { DenseWeight = w, DenseRrfWeight = rrf }
                : new MatchingOptions { DenseScaleNonEnglish = w };
            o.MaxDensePassages = maxDense;
            return o;
        }

        Console.WriteLine($"train lexical only: {Evaluate(new Matcher(index, new MatchingOptions()), train)}");
        var bestW = 0.0;
        var bestRrf = 0.0;
        var bestMap = -1.0;
        foreach (var b in english ? rrfGrid : [0])
        {
            rrf = b;
            foreach (var w in grid)
            {
                var m = Evaluate(new Matcher(index, With(w), memo), train);
                Console.WriteLine($"train {(english ? $"DenseRrfWeight={b} DenseWeight" : "DenseScaleNonEnglish")}={w}: {m}");
                if (m.Map5 > bestMap + 1e-9)
                {
                    (bestW, bestRrf, bestMap) = (w, b, m.Map5);
                }
            }
        }

        rrf = bestRrf;

        Console.WriteLine($"dev lexical only: {Evaluate(new Matcher(index, new MatchingOptions()), dev)}");
        Console.WriteLine($"dev fused, weight {bestW}, RRF weight {bestRrf} fitted on train: {Evaluate(new Matcher(index, With(bestW), memo), dev)}");

        // Latency of the whole match with the model really running (nothing memoised), one message at a time.
        var live = new Matcher(index, With(bestW), real);
        var ms = dev.Queries.Select(q =>
        {
            var t = Stopwatch.GetTimestamp();
            _ = live.Match(q.Text, null, cancellationToken);
            return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }).Order().ToArray();
        Console.WriteLine($"dev fused match latency ms p50 {ms[ms.Length / 2]:F1} p99 {ms[(int)Math.Ceiling(ms.Length * 0.99) - 1]:F1}");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"working set {self.WorkingSet64 / (1024 * 1024)} MB, peak {self.PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    private static RankingMetrics Evaluate(Matcher matcher, BenchData data)
    {
        var metrics = new RankingMetrics();
        foreach (var (id, text) in data.Queries)
        {
            var ranked = matcher.Match(text).Matches.Take(100).Select(m => matcher.Index.Claims[m.ClaimIndex].Id).ToArray();
            metrics.Add(ranked, data.Relevant[id].ToHashSet());
        }

        return metrics;
    }
}
