using FactCheck.Bot.Cli;
using FactCheck.Tests.Shared;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>Real publishers' captured article pages (../shared/samples, when present) served through a sitemap: their
/// ClaimReview JSON-LD is imported as from a file. The repository's own fixtures cover the same path without them.</summary>
public sealed class SharedSamplePagesTests : IAsyncLifetime, IDisposable
{
    private readonly TestStore store = new();
    private readonly FakeFactCheckSite site = new();

    [SkippableFact]
    public async Task Captured_publisher_pages_listed_in_a_sitemap_are_imported()
    {
        var folder = RepoPaths.SharedPath("samples/claimreview/html", out var skip);
        Skip.If(folder is null, skip);
        var pages = new[] { "meedan-fetch_boom_live_raw.html", "meedan-fetch_the_quint_raw.html" };
        var locs = string.Concat(pages.Select(p => $"<url><loc>{{BASE}}/samples/{p}</loc></url>"));
        site.Override("/sitemap.xml", $"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>""");
        foreach (var page in pages)
        {
            site.Override("/samples/" + page, await File.ReadAllTextAsync(Path.Combine(folder!, page)));
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FeedsCommand.RunAsync(["sync"], output, error, CancellationToken.None, FeedSettings.For(store, site, 4 * 1024 * 1024, ("samples", "Sitemap", "/sitemap.xml")));

        Assert.Equal(0, code);
        Assert.Matches(@"samples \(Sitemap\): 3 fetched, 0 not modified, [2-9]\d* added, 0 updated, 0 unchanged, \d+ rejected, 0 skipped, 0 errors", output.ToString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    public void Dispose() => store.Dispose();
}
