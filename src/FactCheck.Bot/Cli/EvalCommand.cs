using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Bot.Eval;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Bot.Cli;

/// <summary>`eval`: indexes a claim pool in a temporary store, runs every query through the matcher, prints ranking, decision and latency figures.</summary>
internal static class EvalCommand
{
    private const int RunDepth = 10;

    public static Command Create(CliContext io)
    {
        var claims = new Option<string[]>("--claims")
        {
            Description = "The claim pool (JSON Lines or any importable file); repeat it to pool several files.",
            HelpName = "FILE",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        claims.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string[]>().Select(CliSymbols.FileProblem).FirstOrDefault(p => p is not null) is { } problem)
            {
                r.AddError($"--claims: {problem}");
            }
        });
        var pad = new Option<int>("--pad") { Description = "Add N distractor claims drawn from the pool's own words and shapes (a large-store figure).", HelpName = "N" };
        pad.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--pad: a count of claims (0 or more) is required.");
            }
        });
        var padSeed = new Option<int>("--pad-seed") { Description = "Seed of the distractors (default 1).", HelpName = "S", DefaultValueFactory = _ => 1 };
        var queries = CliSymbols.ExistingFile("--queries", "query_id TAB text, one message a line.", required: true);
        var qrels = CliSymbols.ExistingFile("--qrels", "TREC relevance judgements; without them only latency is measured.");
        var runOut = CliSymbols.OptionalText("--run-out", "FILE", "Write the ranked run (TREC format) there.");
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var embeddings = CliSymbols.OneOf("--embeddings", "Fuse a bundled sentence-embedding model with BM25.", BundledEmbeddingModels.MiniLmName, BundledEmbeddingModels.ArcticXsName);
        var embeddingsDb = CliSymbols.OptionalText("--embeddings-db", "FILE", "SQLite file keeping the claim vectors between runs.");
        var sweep = new Option<bool>("--sweep") { Description = "Also print the decision figures at a range of reply thresholds." };
        var command = new Command("eval", "Measure retrieval quality, reply decisions and latency on a benchmark (the claims are indexed in a temporary store).")
        {
            claims, queries, qrels, runOut, json, embeddings, embeddingsDb, sweep, pad, padSeed,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new EvalOptions(
                result.GetValue(claims)!, result.GetValue(queries)!, result.GetValue(qrels), result.GetValue(runOut), result.GetValue(json),
                result.GetValue(embeddings), result.GetValue(embeddingsDb), result.GetValue(sweep), result.GetValue(pad), result.GetValue(padSeed)),
            io,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(EvalOptions options, CliContext io, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-eval-");
        try
        {
            var database = $"Data Source={Path.Combine(directory.FullName, "eval.db")};Pooling=false";
            var store = new SqliteClaimStore(database);
            await store.InitializeAsync(cancellationToken);
            if (!await FillAsync(store, options, io.Error, cancellationToken))
            {
                return ExitCodes.Refused;
            }

            var clock = Stopwatch.StartNew();
            var claims = await store.LoadAllAsync(cancellationToken);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            using var index = ClaimIndex.Build(claims);
            var buildSeconds = clock.Elapsed.TotalSeconds;
            using var embedder = options.Embeddings is null ? null : OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = options.Embeddings });
            var dense = embedder is null
                ? null
                : await DenseRetriever.BuildAsync(
                    claims,
                    embedder,
                    new SqliteEmbeddingStore(new SqliteDatabase(options.EmbeddingsDb is null ? database : $"Data Source={options.EmbeddingsDb};Pooling=false")),
                    cancellationToken);
            buildSeconds = clock.Elapsed.TotalSeconds;
            var sweep = new ThresholdSweep();
            var report = Run(new Matcher(index, new MatchingOptions(), dense), options, loadSeconds, buildSeconds, sweep);
            await io.Out.WriteLineAsync(options.Json ? JsonSerializer.Serialize(report, CheckCommand.Json) : report.ToText());
            if (options.Sweep)
            {
                await io.Out.WriteLineAsync(sweep.ToText());
            }

            return ExitCodes.Done;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // The pool is the union of the files (a claim in two files is merged as an import would), then the distractors,
    // written in batches so that a million of them never sit in memory at once.
    private static async Task<bool> FillAsync(SqliteClaimStore store, EvalOptions options, TextWriter errors, CancellationToken cancellationToken)
    {
        var pool = new List<Claim>();
        foreach (var file in options.Claims)
        {
            var parsed = ClaimFileParser.Parse(file, ImportOptions.UnratedAllowed); // benchmark pools state no rating
            if (parsed.FileError is not null)
            {
                await errors.WriteLineAsync($"{file}: {parsed.FileError}");
                return false;
            }

            await store.UpsertAsync(parsed.Claims, cancellationToken);
            pool.AddRange(parsed.Claims);
        }

        const int batchSize = 20_000;
        var padder = new PoolPadder(pool, options.PadSeed);
        pool.Clear();
        for (var done = 0; done < options.Pad; done += batchSize)
        {
            await store.UpsertAsync(padder.Next(done, Math.Min(batchSize, options.Pad - done)), cancellationToken);
        }

        return true;
    }

    private static EvalReport Run(Matcher matcher, EvalOptions options, double loadSeconds, double buildSeconds, ThresholdSweep sweep)
    {
        var queries = BenchFiles.ReadQueries(options.Queries);
        var qrels = options.Qrels is null ? new Dictionary<string, HashSet<string>>() : BenchFiles.ReadQrels(options.Qrels);
        var claimIds = matcher.Index.Claims.Select(c => c.Id).ToArray();

        // Warm-up, so that the latency figures describe a running bot, not the JIT.
        foreach (var (_, text) in queries.Take(20))
        {
            matcher.Match(text);
        }

        var latencies = new List<double>(queries.Count);
        var run = new StringBuilder();
        double map = 0, mrr = 0, success = 0, p1 = 0, repliedPairs = 0, repliedRelevant = 0, recalled = 0, falseReplies = 0;
        int answerable = 0, unanswerable = 0;
        foreach (var (id, text) in queries)
        {
            var clock = Stopwatch.StartNew();
            var result = matcher.Match(text);
            var replied = result.Matches.Where(m => matcher.Decide(m) == MatchDecision.Reply).Select(m => claimIds[m.ClaimIndex]).ToHashSet(StringComparer.Ordinal);
            latencies.Add(clock.Elapsed.TotalMilliseconds);

            var ranked = result.Matches.Take(RunDepth).Select(m => claimIds[m.ClaimIndex]).ToList();
            for (var r = 0; r < ranked.Count; r++)
            {
                var m = result.Matches[r];
                run.Append(CultureInfo.InvariantCulture, $"{id}\t{ranked[r]}\t{r + 1}\t{m.RankingScore:0.######}\t{(replied.Contains(ranked[r]) ? "reply" : "below")}\n");
            }

            var relevant = qrels.GetValueOrDefault(id) ?? [];
            if (relevant.Count == 0)
            {
                unanswerable++;
                falseReplies += replied.Count > 0 ? 1 : 0;
            }
            else
            {
                answerable++;
                map += RetrievalMetrics.AveragePrecisionAt(ranked, relevant, 5);
                mrr += RetrievalMetrics.ReciprocalRank(ranked, relevant);
                success += RetrievalMetrics.SuccessAt(ranked, relevant, 10);
                p1 += RetrievalMetrics.SuccessAt(ranked, relevant, 1);
                recalled += replied.Overlaps(relevant) ? 1 : 0;
            }

            sweep.Add(relevant.Count > 0, result.Matches.Select(m => (m.Confidence, m.ReplyAllowed, relevant.Contains(claimIds[m.ClaimIndex]))).ToList());
            repliedPairs += replied.Count;
            repliedRelevant += replied.Count(relevant.Contains);
        }

        if (options.RunOut is not null)
        {
            File.WriteAllText(options.RunOut, run.ToString());
        }

        latencies.Sort();
        double Ratio(double a, double b) => b == 0 ? 0 : a / b;
        return new EvalReport(
            claimIds.Length, queries.Count, answerable, unanswerable,
            Ratio(map, answerable), Ratio(mrr, answerable), Ratio(success, answerable), Ratio(p1, answerable),
            Ratio(repliedRelevant, repliedPairs), Ratio(recalled, answerable), Ratio(falseReplies, unanswerable),
            RetrievalMetrics.Percentile(latencies, 50), RetrievalMetrics.Percentile(latencies, 95), RetrievalMetrics.Percentile(latencies, 99),
            loadSeconds, buildSeconds);
    }
}
