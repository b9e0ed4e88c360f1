using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FactCheck.Bot;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Benchmarks;

/// <summary>One setup of the `throughput` run: <c>instances</c> bots (the shipped host, webhook mode, lexical matching)
/// on one store, behind the fake Telegram delivering by webhook through its load balancer; every message from its own
/// private chat, <c>connections</c> deliveries open at once; a warm-up, then the measured messages.</summary>
/// <remarks>The hosts run in this process, so that Telegram's send spacing (~30 messages a second per bot, ~1 a second
/// per chat) can be turned off: the figure is what the bot can answer, not Telegram's limit. The CPU figure is this
/// process's, so it includes the fake Telegram and the driver.</remarks>
internal sealed class WebhookSetup(string name, string provider, string connectionString, int instances, int connections, string? updatesAtOnce, PostgresServerCpu? server, string folder)
{
    private const string Secret = "bench_Secret-1";
    // Enough that the first setup is not the one paying for the JIT (with 50, it ran at half the speed of the next).
    public const int WarmUp = 300;

    // Update ids run on across setups: the PostgreSQL setups share one store, which remembers the ids it handled.
    private static int lastUpdateId;

    public async Task<string> MeasureAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        await using var api = new FakeBotApi();
        var listens = Enumerable.Range(0, instances).Select(_ => $"http://127.0.0.1:{FreeWebPort()}/telegram/").ToList();
        var hosts = Enumerable.Range(0, instances).Select(i => Build(api, i, listens[i])).ToList();
        using var balancer = api.Balance(Secret, listens, connections);
        try
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(hosts.Select(h => h.StartAsync(cancellationToken)));
            await api.WaitForCountAsync(c => c.Method == "setWebhook", instances, seconds: 300);
            var started = clock.Elapsed;

            var warm = texts.Take(WarmUp).Select((t, i) => Update(api, Tg.Private(900_000 + i, t))).ToList();
            await DriveAsync(balancer, warm, new DateTimeOffset[warm.Count], cancellationToken);

            var updates = texts.Select((t, i) => Update(api, Tg.Private(100_000 + i, t))).ToList();
            var sent = new DateTimeOffset[updates.Count];
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var serverCpu = server?.Used();
            clock.Restart();
            await DriveAsync(balancer, updates, sent, cancellationToken);
            var wall = clock.Elapsed;
            var cpuPerMessage = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / updates.Count;
            var serverPerMessage = server is null || provider != "Postgres" ? null : (server.Used() - serverCpu)?.TotalMilliseconds / updates.Count;

            var firstReply = api.Sent.Where(c => c.ReplyTo is not null).GroupBy(c => c.ReplyTo!.Value).ToDictionary(g => g.Key, g => g.Min(c => c.At));
            var latencies = updates.Select((u, i) => firstReply.TryGetValue(MessageId(u), out var at) ? (at - sent[i]).TotalMilliseconds : double.NaN)
                .Where(l => !double.IsNaN(l)).Order().ToList();
            double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * q))];
            return string.Create(CultureInfo.InvariantCulture,
                $"{name}: {latencies.Count} of {updates.Count} messages answered in {wall.TotalSeconds:F1} s: {updates.Count / wall.TotalSeconds:F1} msgs/s; answer latency p50 {At(0.5):F0} ms, p99 {At(0.99):F0} ms; CPU {cpuPerMessage:F1} ms a message{(serverPerMessage is { } db ? $" + PostgreSQL server {db:F1} ms" : provider == "Postgres" ? " + PostgreSQL server (not measured: not local)" : string.Empty)} (started in {started.TotalSeconds:F1} s)");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync(CancellationToken.None);
                host.Dispose();
            }
        }
    }

    private static JsonObject Update(FakeBotApi api, JsonObject message)
    {
        var update = api.MessageUpdate(message);
        update["update_id"] = Interlocked.Increment(ref lastUpdateId);
        return update;
    }

    private static int MessageId(JsonObject update) => update["message"]!["message_id"]!.GetValue<int>();

    // Each update to the next instance in turn, as a round-robin balancer; at most `connections` open, as Telegram's max_connections.
    private async Task DriveAsync(WebhookBalancer balancer, List<JsonObject> updates, DateTimeOffset[] sent, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, updates.Count), new ParallelOptions { MaxDegreeOfParallelism = connections, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            sent[i] = DateTimeOffset.UtcNow;
            await balancer.DeliverAsync(updates[i], i % instances, ct);
        });

    private IHost Build(FakeBotApi api, int instance, string listen)
    {
        var id = name.Replace(' ', '-').Replace(',', '-') + "-" + instance.ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>(FakeBotApi.WebhookSettings(listen, Secret))
        {
            ["Storage:Provider"] = provider,

            // Its own pool per instance, as separate processes would have.
            ["Storage:ConnectionString"] = provider == "Postgres" ? connectionString + ";Application Name=" + id : connectionString,
            ["Storage:IndexDirectory"] = Path.Combine(folder, "index-" + id),
            ["Seeds:LoadWhenEmpty"] = "false",
            ["Embeddings:Enabled"] = "false",
            ["Web:Listen"] = string.Empty,
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrlFor(id),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (updatesAtOnce is not null)
        {
            settings["Telegram:MaxConcurrentUpdates"] = updatesAtOnce;
        }

        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        builder.Services.Replace(ServiceDescriptor.Singleton(new SendSpacing(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(10))));
        return builder.Build();
    }

    private static int FreeWebPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
