using System.Collections.Concurrent;
using System.Net;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests;

/// <summary>Two instances of the adapter on one PostgreSQL store behind a "load balancer" (the test, as Telegram):
/// 1,000 messages spread over both, 10 % of them delivered twice, the second time to the other instance and at the same
/// moment; every message is answered exactly once. Runs when FACTCHECK_TEST_POSTGRES names a server.</summary>
public sealed class WebhookTwoInstanceTests
{
    private const string Secret = "s3cret_Value-42";
    private const int Messages = 1000;
    private const int Users = 100;

    [SkippableFact]
    public async Task A_thousand_messages_over_two_instances_with_a_tenth_delivered_twice_are_each_answered_exactly_once()
    {
        var server = Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "FACTCHECK_TEST_POSTGRES is not set: the two-instance webhook test needs a PostgreSQL server.");
        await using var schema = await TestSchema.CreateAsync(server!);
        await using var api = new FakeBotApi();
        var store = schema.ConnectionString;
        var listens = new[] { FakeBotApi.FreeWebhookUrl(), FakeBotApi.FreeWebhookUrl() };
        await using var one = await StartAsync(api, store, listens[0]);
        await using var two = await StartAsync(api, store, listens[1]);

        // Each instance listens before it registers the webhook: two registrations, two listeners.
        await api.WaitForCountAsync(c => c.Method == "setWebhook", 2);

        var messages = Enumerable.Range(0, Messages).Select(i => Tg.Private(9000 + (i % Users), "too crazy for us")).ToList();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var http = new HttpClient();

        // Eight calls at once, as Telegram's connections; update i goes to instance i % 2, and every tenth also to the
        // other instance at the same moment.
        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var deliveries = new List<Task<HttpStatusCode>> { DeliverAsync(http, listens[i % 2], messages[i], i + 1, ct) };
            if (i % 10 == 0)
            {
                deliveries.Add(DeliverAsync(http, listens[(i + 1) % 2], messages[i], i + 1, ct));
            }

            foreach (var status in await Task.WhenAll(deliveries))
            {
                statuses.Add(status);
            }
        });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var replies = api.Sent.GroupBy(c => c.ReplyTo ?? 0).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(messages, m => Assert.Equal(1, replies.GetValueOrDefault(Tg.IdOf(m))));
    }

    /// <summary>Delivers one update as Telegram does: a 503 (another instance holds it) is delivered again until answered.</summary>
    private static async Task<HttpStatusCode> DeliverAsync(HttpClient http, string url, System.Text.Json.Nodes.JsonObject message, int updateId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await FakeBotApi.PostUpdateAsync(http, url, message, updateId, Secret, cancellationToken);
            if (status != HttpStatusCode.ServiceUnavailable)
            {
                return status;
            }

            await Task.Yield();
        }
    }

    private static async Task<TelegramTestHost> StartAsync(FakeBotApi api, string store, string listen)
    {
        var settings = FakeBotApi.WebhookSettings(listen, Secret);
        settings["Storage:Provider"] = "Postgres";
        settings["Storage:ConnectionString"] = store;
        settings["Telegram:MaxConcurrentUpdates"] = "8";
        settings["Conversation:ChecksPerUserPerMinute"] = "100";
        var builder = TelegramTestHost.Builder(api, null, new FakeCheckService(), settings);
        return await TelegramTestHost.StartAsync(builder);
    }
}
