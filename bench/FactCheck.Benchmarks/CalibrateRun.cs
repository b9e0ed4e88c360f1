using System.Globalization;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// Fits the coefficients of <see cref="DecisionModel"/> on the train splits only, made open-set like the dev variant
/// (the gold claims of a random quarter of the queries are taken out of the pool):
/// `calibrate --data DIR[,DIR] [--model arctic-xs] [--cache FILE] [--seed N] [--depth 10]`. Prints one coefficient
/// array per set that got examples (English, EnglishDense, Indonesian), and the train decision figures it gives.
/// </summary>
internal static class CalibrateRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        var seed = int.Parse(args.GetValueOrDefault("seed", "3"), CultureInfo.InvariantCulture);
        var depth = int.Parse(args.GetValueOrDefault("depth", "10"), CultureInfo.InvariantCulture);
        var model = args.GetValueOrDefault("model");
        var sets = new Dictionary<string, (List<double[]> X, List<bool> Y)>(StringComparer.Ordinal);
        var runs = new List<List<QueryOutcome>>();
        foreach (var folder in args["data"].Split(','))
        {
            runs.Add(await CollectAsync(folder, seed, depth, model, args.GetValueOrDefault("cache", BenchEnvironment.EmbeddingsDatabase), sets, cancellationToken));
        }

        var fitted = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (name, (x, y)) in sets.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var w = LogisticFit.Fit(x, y);
            fitted[name] = w;
            Console.WriteLine($"{name}: {x.Count} examples, {y.Count(v => v)} relevant, log loss {LogisticFit.LogLoss(w, x, y):0.0000}");
            Console.WriteLine($"    {name}: [{string.Join(", ", w.Select(v => v.ToString("0.0000", CultureInfo.InvariantCulture)))}],");
        }

        // What the fitted model does on the train data itself, per threshold (the defaults are chosen on dev, with eval).
        var refit = new DecisionModel(
            fitted.GetValueOrDefault("English", [.. DecisionModel.Default.English]),
            fitted.GetValueOrDefault("EnglishDense", [.. DecisionModel.Default.EnglishDense]),
            fitted.GetValueOrDefault("Indonesian", [.. DecisionModel.Default.Indonesian]));
        for (var r = 0; r < runs.Count; r++)
        {
            Console.WriteLine($"train open-set decision, {args["data"].Split(',')[r]}:");
            foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
            {
                Console.WriteLine($"  reply at {t:0.00}: {Decision(runs[r], refit, t)}");
            }
        }

        return 0;
    }

    private static async Task<List<QueryOutcome>> CollectAsync(
        string folder, int seed, int depth, string? model, string cache,
        Dictionary<string, (List<double[]> X, List<bool> Y)> sets, CancellationToken cancellationToken)
    {
        var claims = ClaimFileParser.Parse(Path.Combine(folder, "claims.jsonl"), ImportOptions.UnratedAllowed).Claims;
        var queries = File.ReadLines(Path.Combine(folder, "queries-train.tsv")).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && p[0] != "query_id").ToList();
        var qrels = File.ReadLines(Path.Combine(folder, "qrels-train.tsv")).Select(l => l.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 4 && p[3] != "0").ToLookup(p => p[0], p => p[2]);

        // The open-set train variant: a random quarter of the answerable queries loses its gold claims.
        var random = new Random(seed);
        var answerable = queries.Where(q => qrels[q[0]].Any()).ToList();
        var removed = answerable.OrderBy(_ => random.Next()).Take(answerable.Count / 4).SelectMany(q => qrels[q[0]]).ToHashSet(StringComparer.Ordinal);
        var pool = claims.Where(c => !removed.Contains(c.Id)).ToList();
        Console.WriteLine($"{folder}: {pool.Count} of {claims.Count} claims in the open-set train pool, {queries.Count} queries");

        using var index = ClaimIndex.Build(pool);
        using var embedder = model is null ? null : OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = model });
        var dense = embedder is null ? null : await DenseRetriever.BuildAsync(pool, embedder, new SqliteEmbeddingStore(Migrations.Open(cache)), cancellationToken);
        var matcher = new Matcher(index, new MatchingOptions(), dense);
        var outcomes = new List<QueryOutcome>(queries.Count);
        foreach (var q in queries)
        {
            var relevant = qrels[q[0]].Where(id => !removed.Contains(id)).ToHashSet(StringComparer.Ordinal);
            var matches = matcher.Match(q[1], null, cancellationToken).Matches.Where(m => m.Evidence is not null).Take(depth).ToList();

            // The matcher never says a claim with no lexical evidence matches; the model is not asked about them.
            matches.RemoveAll(m => m.Evidence!.Coverage <= 0);
            var found = new List<(MatchEvidence Evidence, bool ReplyAllowed, bool Relevant)>();
            foreach (var m in matches)
            {
                var isRelevant = relevant.Contains(index.Claims[m.ClaimIndex].Id);
                var e = m.Evidence!;
                var name = e.Indonesian ? "Indonesian" : DecisionModel.UsesDense(e) ? "EnglishDense" : "English";
                if (!sets.TryGetValue(name, out var set))
                {
                    sets[name] = set = ([], []);
                }

                set.X.Add(DecisionModel.Features(e, name == "EnglishDense"));
                set.Y.Add(isRelevant);
                found.Add((e, m.ReplyAllowed, isRelevant));
            }

            outcomes.Add(new QueryOutcome(relevant.Count > 0, found));
        }

        return outcomes;
    }

    private static string Decision(List<QueryOutcome> outcomes, DecisionModel model, double threshold)
    {
        double pairs = 0, right = 0, recalled = 0, answerable = 0, falseReplies = 0, unanswerable = 0;
        foreach (var o in outcomes)
        {
            var replied = o.Found.Where(f => f.ReplyAllowed && model.Probability(f.Evidence) >= threshold).ToList();
            pairs += replied.Count;
            right += replied.Count(f => f.Relevant);
            if (o.Answerable)
            {
                answerable++;
                recalled += replied.Exists(f => f.Relevant) ? 1 : 0;
            }
            else
            {
                unanswerable++;
                falseReplies += replied.Count > 0 ? 1 : 0;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"precision {right / Math.Max(1, pairs):0.000} recall {recalled / Math.Max(1, answerable):0.000} false-reply rate {falseReplies / Math.Max(1, unanswerable):0.000}");
    }

    private sealed record QueryOutcome(bool Answerable, List<(MatchEvidence Evidence, bool ReplyAllowed, bool Relevant)> Found);
}
