using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Checking;

namespace FactCheck.Benchmarks;

/// <summary>Every query checked one after another through a <see cref="CheckService"/>, as the bot checks messages,
/// after a short warm-up (the JIT, not the bot): the check time per message (p50, p95, p99), the CPU a check costs and
/// the resident set, as one line. Shared by the `store` and `pipeline` runs.</summary>
internal static class CheckTimings
{
    private const int WarmUp = 20;

    public static async Task<string> MeasureAsync(CheckService checks, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        foreach (var query in queries.Take(WarmUp))
        {
            await checks.CheckAsync(new CheckRequest(query), cancellationToken);
        }

        var latencies = new List<double>(queries.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            await checks.CheckAsync(new CheckRequest(query), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var cpuPerCheck = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, queries.Count);
        latencies.Sort();
        double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * q))];
        var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} checks: p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, CPU {cpuPerCheck:F1} ms a check; RSS {process.WorkingSet64 / 1e6:F0} MB, peak {process.PeakWorkingSet64 / 1e6:F0} MB");
    }
}
