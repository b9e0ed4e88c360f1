using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactCheck.Core.Hosting;

/// <summary>The bot's instruments (System.Diagnostics.Metrics); the host exports them as Prometheus text on /metrics.
/// Labels carry platforms, outcomes and feed names only: never a user, a chat or a message.</summary>
public static class BotMetrics
{
    /// <summary>The meter's name, which an exporter subscribes to.</summary>
    public const string MeterName = "FactCheck";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> Checks = Meter.CreateCounter<long>("factcheck.checks", description: "User-requested checks by outcome and platform.");

    private static readonly Histogram<double> MatchSeconds = Meter.CreateHistogram<double>(
        "factcheck.match.duration", unit: "s", description: "Time to check one message.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    private static readonly Counter<long> GatewayReconnects = Meter.CreateCounter<long>("factcheck.discord.gateway.reconnects", description: "Discord gateway connections opened again after the first.");

    private static readonly Counter<long> PollErrors = Meter.CreateCounter<long>("factcheck.telegram.poll.errors", description: "Failed Telegram getUpdates calls.");

    private static readonly Counter<long> OutboxFailed = Meter.CreateCounter<long>("factcheck.outbox.failed", description: "Tip notifications given up as undeliverable.");

    private static readonly Counter<long> FeedRuns = Meter.CreateCounter<long>("factcheck.feed.runs", description: "Feed source runs by source and result.");

    /// <summary>A user-requested check and how long it took.</summary>
    public static void Checked(string platform, string outcome, TimeSpan elapsed)
    {
        Checks.Add(1, new TagList { { "platform", platform }, { "outcome", outcome } });
        MatchSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    /// <summary>The Discord gateway connected again after a drop or a resume request.</summary>
    public static void GatewayReconnected() => GatewayReconnects.Add(1);

    /// <summary>A Telegram getUpdates call failed.</summary>
    public static void TelegramPollFailed() => PollErrors.Add(1);

    /// <summary>Notifications dropped by an outbox pass.</summary>
    public static void NotificationsFailed(string platform, int count)
    {
        if (count > 0)
        {
            OutboxFailed.Add(count, new KeyValuePair<string, object?>("platform", platform));
        }
    }

    /// <summary>A feed source ran ("ok" or "error").</summary>
    public static void FeedRan(string source, bool succeeded) =>
        FeedRuns.Add(1, new TagList { { "source", source }, { "result", succeeded ? "ok" : "error" } });

    // Gauges are created once per process; the host that started last supplies their values (one bot per process in
    // production; tests start one host after another).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<double?>> Gauges = new(StringComparer.Ordinal);

    /// <summary>Sets what a gauge reads at each scrape (the index's size and age, the outbox's pending count); a null
    /// reading reports nothing.</summary>
    public static void Observe(string name, string unit, string description, Func<double?> read)
    {
        if (Gauges.TryAdd(name, read))
        {
            Meter.CreateObservableGauge(name, () => Gauges[name]() is { } value ? [new Measurement<double>(value)] : Array.Empty<Measurement<double>>(), unit, description);
        }
        else
        {
            Gauges[name] = read;
        }
    }
}
