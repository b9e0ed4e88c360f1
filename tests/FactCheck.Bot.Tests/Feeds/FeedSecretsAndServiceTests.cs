using FactCheck.Bot.Cli;
using Microsoft.Extensions.Logging;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>The running bot's feed service, with every log line captured at Trace: the API key is used but never logged
/// or printed, and a failing source leaves the next one running.</summary>
public sealed class FeedSecretsAndServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TestStore store = new();
    private readonly FakeFactCheckSite site = new();

    public FeedSecretsAndServiceTests() => Environment.SetEnvironmentVariable("Feeds__GoogleApiKey", FakeFactCheckSite.ApiKey);

    [Fact]
    public async Task The_hosted_service_runs_every_source_and_its_logs_never_carry_the_API_key_even_at_Trace()
    {
        var settings = FeedSettings.For(store, site, 256 * 1024, ("broken", "ClaimReviewFeed", "/no-such-feed.json"), ("api", "FactCheckApi", "/api/claims:search"));
        settings["Telegram:Token"] = string.Empty;
        settings["Discord:Token"] = string.Empty;
        foreach (var category in new[] { "Default", "Microsoft", "System.Net.Http", "Polly" })
        {
            settings[$"Logging:LogLevel:{category}"] = "Trace";
        }

        var apiRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging(o => o.OutputSink = line =>
        {
            lines.Enqueue(line);
            if (line.Contains("Feed api:", StringComparison.Ordinal))
            {
                apiRan.TrySetResult();
            }
        });
        using var host = builder.Build();

        await host.StartAsync();
        await apiRan.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        var records = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Category != null && r.Category.StartsWith("Polly", StringComparison.Ordinal) && r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Level == LogLevel.Warning && r.Message.Contains("Feed broken failed", StringComparison.Ordinal) && r.Message.Contains("HTTP 404", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.Contains("Feed api: 2 fetched, 0 not modified, 3 added", StringComparison.Ordinal));
        Assert.All(site.RequestsTo("/api/claims:search"), r => Assert.Equal(FakeFactCheckSite.ApiKey, r.ApiKey));
        Assert.DoesNotContain(lines, l => l.Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal));
        var leaks = records.Where(r =>
            r.Message.Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal) ?? false)
            || (r.StructuredState?.Any(kv => kv.Value?.Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal) ?? false) ?? false));
        Assert.True(!leaks.Any(), string.Join("\n", leaks.Select(r => $"{r.Category}: {r.Message} {string.Join(", ", r.StructuredState ?? [])}")));
    }

    [Fact]
    public async Task Neither_sync_nor_status_prints_the_API_key_when_an_answer_echoes_it()
    {
        // A server that echoes what it was sent is the usual way a key reaches an error message: here into a review URL
        // that the importer refuses and quotes.
        site.Override("/api-page1.json", $$"""
            {"claims":[{"text":"Echoed claims can carry secrets into rejection messages","claimReview":[
              {"publisher":{"name":"Echo"},"url":"htp:/echo/{{FakeFactCheckSite.ApiKey}}","textualRating":"False"}]}]}
            """);
        var settings = FeedSettings.For(store, site, 256 * 1024, ("api", "FactCheckApi", "/api/claims:search"));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FeedsCommand.RunAsync(["sync"], output, error, CancellationToken.None, settings);
        await FeedsCommand.RunAsync(["status"], output, error, CancellationToken.None, settings);

        Assert.Equal(0, code);
        Assert.Contains("api (FactCheckApi): 1 fetched, 0 not modified, 0 added, 0 updated, 0 unchanged, 1 rejected", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeFactCheckSite.ApiKey, output + error.ToString(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    public void Dispose() => store.Dispose();
}
