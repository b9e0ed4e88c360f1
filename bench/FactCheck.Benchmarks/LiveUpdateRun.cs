using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>`live --claims FILE [--updates N] [--every M]`: a store of the file's claims with its index on disk, then
/// N claims added one at a time, each followed by a catch-up of the index (what the watcher does for a feed). Every M
/// updates it prints a check's latency over the first claims' texts, the managed heap and the resident set: neither
/// should grow with the updates.</summary>
internal static class LiveUpdateRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var updates = int.Parse(named.GetValueOrDefault("updates", "50000"), CultureInfo.InvariantCulture);
        var every = int.Parse(named.GetValueOrDefault("every", "5000"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-live-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "live.db")}");
            var store = new SqliteClaimStore(database);
            var parsed = ClaimFileParser.Parse(named["claims"], ImportOptions.UnratedAllowed); // benchmark pools state no rating
            await store.UpsertAsync(parsed.Claims, cancellationToken);
            using var checks = new CheckService(store, new MatchingOptions(), null, null, new SqlClaimChangeLog(database), new ClaimIndexLocation(Path.Combine(folder, "live.index")));
            await checks.ReloadAsync(cancellationToken);
            var queries = parsed.Claims.Take(200).Select(c => c.Text).ToArray();
            Console.WriteLine("updates\tp50 ms\tp99 ms\tupdate+refresh ms\theap MB\tRSS MB");
            var words = parsed.Claims.SelectMany(c => c.Text.Split(' ')).Take(100_000).ToArray();
            var random = new Random(5);
            var updateWatch = new Stopwatch();
            for (var i = 0; i <= updates; i++)
            {
                if (i % every == 0)
                {
                    var latencies = new List<double>(queries.Length);
                    foreach (var q in queries)
                    {
                        var start = Stopwatch.GetTimestamp();
                        await checks.CheckAsync(new CheckRequest(q), cancellationToken);
                        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }

                    latencies.Sort();
                    GC.Collect();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{i}\t{latencies[latencies.Count / 2]:F2}\t{latencies[(int)(latencies.Count * 0.99)]:F2}\t{(i == 0 ? 0 : updateWatch.Elapsed.TotalMilliseconds / every):F2}\t{GC.GetTotalMemory(false) / 1e6:F0}\t{Process.GetCurrentProcess().WorkingSet64 / 1e6:F0}"));
                    updateWatch.Reset();
                }

                if (i == updates)
                {
                    break;
                }

                updateWatch.Start();
                var text = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
                var claim = new Claim($"feed-{i}", text, "en", [], [],
                    [new Review($"https://feed.example.org/{i}", new Publisher("Feed", "feed.example.org"), "False", Verdict.False)]);
                await store.UpsertAsync([claim], cancellationToken);
                await checks.RefreshAsync(cancellationToken);
                updateWatch.Stop();
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
