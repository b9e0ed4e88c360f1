using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Matching;

namespace FactCheck.Benchmarks;

/// <summary>Every query checked one after another through a <see cref="CheckService"/>, as the bot checks messages,
/// after a short warm-up (the JIT, not the bot): the check time per message (p50, p95, p99), the CPU a check costs and
/// the resident set, as one line; with <c>slowest</c>, first the slowest messages (their time, words and passages, and
/// how they begin), which is where a p99 target is won or lost. Shared by the `store` and `pipeline` runs.</summary>
internal static class CheckTimings
{
    private const int WarmUp = 20;

    /// <summary>The messages of one or more query files (comma-separated; `query_id TAB text`, a header line skipped).</summary>
    public static List<string> ReadQueries(string files, int limit = int.MaxValue) =>
        [.. files.Split(',').SelectMany(f => File.ReadLines(f).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && p[0] != "query_id").Take(limit).Select(p => p[1]))];

    /// <param name="checks">The check service, its index open.</param>
    /// <param name="queries">The messages timed.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="slowest">How many of the slowest messages to list first.</param>
    /// <param name="warmUp">Messages checked first and not timed (`--warmup`): a bot that has run a while, its code
    /// compiled by the runtime's later tiers and its caches holding what other messages read. Without them, the first
    /// <see cref="WarmUp"/> of <paramref name="queries"/>: a bot just restarted.</param>
    public static async Task<string> MeasureAsync(
        CheckService checks, IReadOnlyList<string> queries, CancellationToken cancellationToken, int slowest = 0, IReadOnlyList<string>? warmUp = null)
    {
        foreach (var query in warmUp ?? queries.Take(WarmUp).ToList())
        {
            await checks.CheckAsync(new CheckRequest(query), cancellationToken);
        }

        // Collections during the timed checks: each stops every thread, so a pause lands whole on the check it interrupts.
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(0);
        var latencies = new List<double>(queries.Count);
        var timed = new List<(double Milliseconds, string Query)>(queries.Count);
        var cpuTimes = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var cpu = ProcessCpuClock.NowMilliseconds();
            var start = Stopwatch.GetTimestamp();
            await checks.CheckAsync(new CheckRequest(query), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            timed.Add((latencies[^1], query));
            cpuTimes.Add(ProcessCpuClock.NowMilliseconds() - cpu);
        }

        // CPU per check barely moves with the machine's load, wall time does: both are given, the CPU as its mean and
        // percentiles (it counts every thread of the process, so a garbage collection lands on the check it interrupts).
        var cpuPerCheck = cpuTimes.Sum() / Math.Max(1, queries.Count);
        foreach (var (milliseconds, query) in timed.OrderByDescending(t => t.Milliseconds).Take(slowest))
        {
            var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var passages = Segmenter.Split(query, new MatchingOptions().MaxPassages).Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{milliseconds,7:F1} ms  {words,4} words {passages,4} passages  {query[..Math.Min(60, query.Length)].ReplaceLineEndings(" ")}"));
        }

        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        latencies.Sort();
        cpuTimes.Sort();
        static double At(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * q))];
        var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} checks: p50 {At(latencies, 0.5):F1} ms, p95 {At(latencies, 0.95):F1} ms, p99 {At(latencies, 0.99):F1} ms; CPU {cpuPerCheck:F1} ms a check, p50 {At(cpuTimes, 0.5):F1} ms, p99 {At(cpuTimes, 0.99):F1} ms; RSS {process.WorkingSet64 / 1e6:F0} MB, peak {process.PeakWorkingSet64 / 1e6:F0} MB; {collections} collections paused {pause.TotalMilliseconds:F0} ms");
    }
}
