using System.Globalization;
using FactCheck.Bot.Cli;
using FactCheck.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>`feeds sync` and `feeds status` against a fake fact-checker's site: sitemap, RSS, Atom, a DataFeed and the
/// Fact Check Tools API, read politely, each claim stored once, nothing added by a second pass.</summary>
public sealed class FeedsSyncTests : IAsyncLifetime, IDisposable
{
    private const long MaxPageBytes = 256 * 1024;
    private readonly TestStore store = new();
    private readonly FakeFactCheckSite site = new();

    public FeedsSyncTests() => Environment.SetEnvironmentVariable("Feeds__GoogleApiKey", FakeFactCheckSite.ApiKey);

    [Fact]
    public async Task A_sitemap_imports_ClaimReview_pages_and_a_SALAH_headline_and_reports_the_404_the_oversized_page_and_the_robots_disallow()
    {
        var (code, output, _) = await SyncAsync(("site", "Sitemap", "/sitemap.xml"));

        Assert.Equal(0, code);
        Assert.Contains("site (Sitemap): 4 fetched, 0 not modified, 2 added, 0 updated, 0 unchanged, 1 rejected, 1 skipped, 2 errors", output, StringComparison.Ordinal);
        Assert.Contains($"error: {site.BaseUrl}/artikel/dihapus.html: HTTP 404", output, StringComparison.Ordinal);
        Assert.Contains($"error: {site.BaseUrl}/artikel/raksasa.html: larger than {MaxPageBytes} bytes", output, StringComparison.Ordinal);
        Assert.Contains($"skipped: {site.BaseUrl}/private/draf-rahasia.html: disallowed by robots.txt", output, StringComparison.Ordinal);
        Assert.Contains($"rejected: {site.BaseUrl}/artikel/tips-musim-hujan.html: no ClaimReview JSON-LD and no rating tag", output, StringComparison.Ordinal);
        Assert.Empty(site.RequestsTo("/private/draf-rahasia.html"));

        // The size cap stopped the download while it streamed: far less than the 64 MiB the page would have sent.
        Assert.InRange(site.EndlessBytesWritten, 1, 16L * 1024 * 1024);

        var claims = await LoadClaimsAsync();
        var tagged = Assert.Single(claims, c => c.Reviews[0].Url.EndsWith("/artikel/banjir-bandung.html", StringComparison.Ordinal));
        Assert.Equal("Video banjir bandang di Bandung pekan ini adalah rekaman lama dari 2019", tagged.Text);
        Assert.Equal("SALAH", tagged.Reviews[0].RatingText);
        Assert.Equal(Core.Claims.Verdict.False, tagged.Reviews[0].Verdict);
        Assert.Equal(new DateOnly(2026, 11, 21), tagged.Reviews[0].PublishedOn);
        Assert.Equal("Cek Fakta Contoh", tagged.Reviews[0].Publisher.Name);
        Assert.Contains(claims, c => c.Text.StartsWith("Vaksin COVID-19 mengandung microchip", StringComparison.Ordinal) && c.Reviews[0].RatingText == "Salah");
    }

    [Fact]
    public async Task Every_kind_lands_each_claim_once_and_a_second_sync_asks_conditionally_gets_304s_and_adds_nothing()
    {
        var sources = AllSources();

        var (firstCode, first, _) = await SyncAsync(sources);
        var afterFirst = site.Requests.Count;
        var (secondCode, second, _) = await SyncAsync(sources);

        Assert.Equal((0, 0), (firstCode, secondCode));
        Assert.Contains("rss (Rss): 3 fetched, 0 not modified, 2 added", first, StringComparison.Ordinal);
        Assert.Contains("atom (Rss): 2 fetched, 0 not modified, 1 added", first, StringComparison.Ordinal);
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", first, StringComparison.Ordinal);
        Assert.Contains("api (FactCheckApi): 2 fetched, 0 not modified, 3 added", first, StringComparison.Ordinal);
        Assert.Equal(10, await CountAsync());

        foreach (var name in new[] { "site (Sitemap)", "rss (Rss)", "atom (Rss)", "datafeed (ClaimReviewFeed)", "api (FactCheckApi)" })
        {
            Assert.Contains($"{name}: 0 fetched, 1 not modified, 0 added, 0 updated, 0 unchanged, 0 rejected, 0 skipped, 0 errors", second, StringComparison.Ordinal);
        }

        var secondPass = site.Requests.Skip(afterFirst).Where(r => r.Path != "/robots.txt").ToList();
        Assert.Equal(5, secondPass.Count);
        Assert.All(secondPass, r => Assert.True(r.Conditional && r.Status == 304, $"{r.Path} was asked {(r.Conditional ? "conditionally" : "unconditionally")} and answered {r.Status}"));
        Assert.Equal(10, await CountAsync());

        // The API's key went in its header, never in an address.
        Assert.All(site.RequestsTo("/api/claims:search"), r => Assert.Equal(FakeFactCheckSite.ApiKey, r.ApiKey));
        Assert.DoesNotContain(site.Requests, r => r.Query.Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal));
        Assert.Contains("pageToken=p2", site.RequestsTo("/api/claims:search")[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_name_the_bot_and_its_contact_come_one_at_a_time_and_arrive_gzipped()
    {
        await SyncAsync(AllSources());

        var requests = site.Requests.OrderBy(r => r.Started).ToList();
        Assert.All(requests, r => Assert.Equal("factcheck-bot/1.0 (+https://bot.example/contact)", r.UserAgent));
        Assert.Contains(requests, r => r.Gzipped);
        for (var i = 1; i < requests.Count; i++)
        {
            Assert.True(requests[i].Started >= requests[i - 1].Finished, $"{requests[i].Path} started before {requests[i - 1].Path} was answered");
        }
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_feed_then_imported()
    {
        site.AnswerOnce("/datafeed.json", 429, retryAfter: "1");

        var (code, output, _) = await SyncAsync(("datafeed", "ClaimReviewFeed", "/datafeed.json"));

        Assert.Equal(0, code);
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", output, StringComparison.Ordinal);
        var tries = site.RequestsTo("/datafeed.json");
        Assert.Equal([429, 200], tries.Select(r => r.Status));
        Assert.True(tries[1].Started - tries[0].Finished >= TimeSpan.FromMilliseconds(900), $"retried after {(tries[1].Started - tries[0].Finished).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_kept_as_its_last_error_while_the_next_source_still_imports()
    {
        var (code, output, _) = await SyncAsync(("gone", "ClaimReviewFeed", "/no-such-feed.json"), ("datafeed", "ClaimReviewFeed", "/datafeed.json"));
        var (statusCode, status, _) = await FeedsAsync(Settings(("gone", "ClaimReviewFeed", "/no-such-feed.json"), ("datafeed", "ClaimReviewFeed", "/datafeed.json")), "status");

        Assert.Equal(1, code);
        Assert.Contains($"error: {site.BaseUrl}/no-such-feed.json: HTTP 404", output, StringComparison.Ordinal);
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", output, StringComparison.Ordinal);
        Assert.Equal(0, statusCode);
        Assert.Contains($"last error (", status, StringComparison.Ordinal);
        Assert.Contains($"HTTP 404", status, StringComparison.Ordinal);
        Assert.Contains("datafeed (ClaimReviewFeed, every 60 min): last run 20", status, StringComparison.Ordinal);
        Assert.Contains("cursor 2026-11-27", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_sitemap_date_rereads_that_article_conditionally_and_leaves_the_others_alone()
    {
        await SyncAsync(("site", "Sitemap", "/sitemap.xml"));
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        site.Override("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>{"{BASE}"}/artikel/vaksin-chip.html</loc><lastmod>{tomorrow}</lastmod></url>
              <url><loc>{"{BASE}"}/artikel/banjir-bandung.html</loc><lastmod>2026-11-21</lastmod></url>
            </urlset>
            """);
        var before = site.Requests.Count;

        var (_, output, _) = await SyncAsync(("site", "Sitemap", "/sitemap.xml"));

        var pages = site.Requests.Skip(before).Where(r => r.Path.StartsWith("/artikel/", StringComparison.Ordinal)).ToList();
        var page = Assert.Single(pages);
        Assert.Equal(("/artikel/vaksin-chip.html", true, 304), (page.Path, page.Conditional, page.Status));
        Assert.Contains("site (Sitemap): 1 fetched, 1 not modified, 0 added", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_robots_txt_cannot_be_read_the_site_is_left_alone_and_the_next_run_reads_it()
    {
        site.AnswerOnce("/robots.txt", 503);
        var settings = Settings(("site", "Sitemap", "/sitemap.xml"));
        settings["Feeds:MaxRetries"] = "0";

        var (firstCode, first, _) = await FeedsAsync(settings, "sync");
        var requestsInFirst = site.Requests.Select(r => r.Path).ToList();
        var (secondCode, second, _) = await FeedsAsync(settings, "sync");

        Assert.Equal((1, 0), (firstCode, secondCode));
        Assert.Contains("robots.txt could not be read (HTTP 503)", first, StringComparison.Ordinal);
        Assert.Equal(["/robots.txt"], requestsInFirst);
        Assert.Contains("site (Sitemap): 4 fetched, 0 not modified, 2 added", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_sitemap_is_read_a_budget_of_articles_per_run_newest_first_until_it_is_done()
    {
        var settings = Settings(("site", "Sitemap", "/sitemap.xml"));
        settings["Feeds:MaxArticlesPerRun"] = "2";

        var runs = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            runs.Add((await FeedsAsync(settings, "sync")).Output);
        }

        Assert.Contains("1 added", runs[0], StringComparison.Ordinal);
        Assert.Contains("note: 4 article(s) left for the next run", runs[0], StringComparison.Ordinal);
        Assert.Contains("1 added", runs[1], StringComparison.Ordinal);
        Assert.Contains("note: 2 article(s) left for the next run", runs[1], StringComparison.Ordinal);
        Assert.Contains("0 added", runs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("note:", runs[2], StringComparison.Ordinal);
        Assert.Contains("site (Sitemap): 0 fetched, 1 not modified, 0 added", runs[3], StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task A_moved_feed_is_followed_and_asked_conditionally_through_the_redirect_next_time()
    {
        site.Redirect("/old-feed.xml", "/feed.xml");

        var (_, first, _) = await SyncAsync(("rss", "Rss", "/old-feed.xml"));
        var (_, second, _) = await SyncAsync(("rss", "Rss", "/old-feed.xml"));

        Assert.Contains("rss (Rss): 3 fetched, 0 not modified, 2 added", first, StringComparison.Ordinal);
        Assert.Contains("rss (Rss): 0 fetched, 1 not modified, 0 added", second, StringComparison.Ordinal);
        Assert.Equal([200, 304], site.RequestsTo("/feed.xml").Select(r => r.Status));
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_MaxRedirects_and_fails_only_that_source()
    {
        site.Redirect("/loop-a.xml", "/loop-b.xml");
        site.Redirect("/loop-b.xml", "/loop-a.xml");
        var settings = Settings(("loop", "Sitemap", "/loop-a.xml"), ("datafeed", "ClaimReviewFeed", "/datafeed.json"));
        settings["Feeds:MaxRedirects"] = "3";

        var (code, output, _) = await FeedsAsync(settings, "sync");

        Assert.Equal(1, code);
        Assert.Contains("more than 3 redirects", output, StringComparison.Ordinal);
        Assert.Equal(4, site.Requests.Count(r => r.Path.StartsWith("/loop-", StringComparison.Ordinal)));
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_to_one_host_keep_MinDelayMsPerHost_between_them()
    {
        var settings = Settings(("datafeed", "ClaimReviewFeed", "/datafeed.json"), ("rss", "Rss", "/feed.xml"));
        settings["Feeds:MinDelayMsPerHost"] = "250";

        await FeedsAsync(settings, "sync");

        var requests = site.Requests.OrderBy(r => r.Started).ToList();
        Assert.True(requests.Count >= 4);
        for (var i = 1; i < requests.Count; i++)
        {
            var gap = requests[i].Started - requests[i - 1].Finished;
            Assert.True(gap >= TimeSpan.FromMilliseconds(240), $"{requests[i].Path} came {gap.TotalMilliseconds} ms after {requests[i - 1].Path}");
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("sync", "--source")]
    [InlineData("sync", "--colour", "red")]
    public async Task Usage_mistakes_exit_with_2(params string[] args)
    {
        var (code, _, error) = await FeedsAsync(Settings(("site", "Sitemap", "/sitemap.xml")), args);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kind", "Podcast", "Feeds:Sources:0:Kind must be Sitemap, Rss, ClaimReviewFeed or FactCheckApi.")]
    [InlineData("Url", "ftp://cekfakta.example/sitemap.xml", "Feeds:Sources:0:Url must be an http or https URL.")]
    [InlineData("IntervalMinutes", "0", "Feeds:Sources:0:IntervalMinutes must be positive.")]
    public async Task A_bad_source_setting_is_one_line_and_exit_2(string key, string value, string message)
    {
        var settings = Settings(("site", "Sitemap", "/sitemap.xml"));
        settings["Feeds:Sources:0:" + key] = value;

        var (code, _, error) = await FeedsAsync(settings, "sync");

        Assert.Equal(2, code);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task An_unknown_source_name_is_refused_with_the_configured_names()
    {
        var (code, _, error) = await FeedsAsync(Settings(("site", "Sitemap", "/sitemap.xml")), "sync", "--source", "nope");

        Assert.Equal(2, code);
        Assert.Contains("No feed source named 'nope'. Configured: site.", error, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    public void Dispose() => store.Dispose();

    internal static (string Name, string Kind, string Path)[] AllSources() =>
    [
        ("site", "Sitemap", "/sitemap.xml"),
        ("rss", "Rss", "/feed.xml"),
        ("atom", "Rss", "/atom.xml"),
        ("datafeed", "ClaimReviewFeed", "/datafeed.json"),
        ("api", "FactCheckApi", "/api/claims:search"),
    ];

    private Dictionary<string, string?> Settings(params (string Name, string Kind, string Path)[] sources) => FeedSettings.For(store, site, MaxPageBytes, sources);

    private Task<(int Code, string Output, string Error)> SyncAsync(params (string Name, string Kind, string Path)[] sources) =>
        FeedsAsync(Settings(sources), "sync");

    private static async Task<(int Code, string Output, string Error)> FeedsAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FeedsCommand.RunAsync(args, output, error, CancellationToken.None, settings);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<IReadOnlyList<Core.Claims.Claim>> LoadClaimsAsync()
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings);
        return await host.Services.GetRequiredService<IClaimStore>().LoadAllAsync(CancellationToken.None);
    }

    private async Task<int> CountAsync() => (await LoadClaimsAsync()).Count;
}
