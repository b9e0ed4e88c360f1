using FactCheck.Bot.Cli;
using FactCheck.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>What every feed verb test has: its own store, a fresh fake site, the API key in the environment, and the verb.</summary>
public abstract class FeedVerbTest : IAsyncLifetime, IDisposable
{
    protected const long MaxPageBytes = 256 * 1024;

    protected FeedVerbTest() => Environment.SetEnvironmentVariable("Feeds__GoogleApiKey", FakeFactCheckSite.ApiKey);

    internal TestStore Store { get; } = new();

    internal FakeFactCheckSite Site { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static (string Name, string Kind, string Path)[] AllSources() =>
    [
        ("site", "Sitemap", "/sitemap.xml"),
        ("rss", "Rss", "/feed.xml"),
        ("atom", "Rss", "/atom.xml"),
        ("datafeed", "ClaimReviewFeed", "/datafeed.json"),
        ("api", "FactCheckApi", "/api/claims:search"),
    ];

    internal Dictionary<string, string?> Settings(params (string Name, string Kind, string Path)[] sources) => FeedSettings.For(Store, Site, MaxPageBytes, sources);

    internal Task<(int Code, string Output, string Error)> SyncAsync(params (string Name, string Kind, string Path)[] sources) =>
        FeedsAsync(Settings(sources), "sync");

    internal static async Task<(int Code, string Output, string Error)> FeedsAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FeedsCommand.RunAsync(args, output, error, CancellationToken.None, settings);
        return (code, output.ToString(), error.ToString());
    }

    internal async Task<IReadOnlyList<Core.Claims.Claim>> LoadClaimsAsync()
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, Store.Settings);
        return await host.Services.GetRequiredService<IClaimStore>().LoadAllAsync(CancellationToken.None);
    }

    internal async Task<int> CountAsync() => (await LoadClaimsAsync()).Count;
}
