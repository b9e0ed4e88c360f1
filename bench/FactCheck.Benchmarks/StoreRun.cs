using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Matching;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>`store --db FILE --queries FILE[,FILE] [--limit N] [--slowest N] [--warmup FILE[,FILE]]`: a restart of the checker on an existing store (its
/// index on disk beside it, as the bot keeps it), then every query checked through <see cref="CheckService"/> one after
/// another, as the bot checks messages: the time to open the index, the latency per message (p50, p95, p99) and the
/// resident set. Run it after the bot or `check` has built the index once; the store is only read.</summary>
internal static class StoreRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var db = named["db"];
        var limit = int.Parse(named.GetValueOrDefault("limit", "100000"), CultureInfo.InvariantCulture);
        var queries = CheckTimings.ReadQueries(named["queries"], limit);
        var database = new SqliteDatabase($"Data Source={db}");
        var clock = Stopwatch.StartNew();
        using var checks = new CheckService(new SqliteClaimStore(database), new MatchingOptions(), null, null, new SqlClaimChangeLog(database), new ClaimIndexLocation(Path.ChangeExtension(Path.GetFullPath(db), ".index")));
        await checks.ReloadAsync(cancellationToken);
        var report = checks.IndexReport!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {report.Claims} claims, opened in {clock.Elapsed.TotalSeconds:F2} s, rebuild: {report.RebuildReason ?? "no"}, {report.ChangesApplied} changes applied; RSS {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB"));

        clock.Restart();
        await checks.CheckAsync(new CheckRequest(queries[0]), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first check: {clock.Elapsed.TotalMilliseconds:F0} ms"));
        var warmUp = named.TryGetValue("warmup", out var files) ? CheckTimings.ReadQueries(files) : null;
        Console.WriteLine(await CheckTimings.MeasureAsync(checks, queries, cancellationToken, int.Parse(named.GetValueOrDefault("slowest", "0"), CultureInfo.InvariantCulture), warmUp));
        return 0;
    }
}
