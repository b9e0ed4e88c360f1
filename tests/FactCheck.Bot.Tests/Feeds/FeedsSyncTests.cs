using System.Globalization;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>`feeds sync` and `feeds status` against a fake fact-checker's site: sitemap, RSS, Atom, a DataFeed and the
/// Fact Check Tools API, each claim stored once, nothing added by a second pass.</summary>
public sealed class FeedsSyncTests : FeedVerbTest
{
    [Fact]
    public async Task A_sitemap_imports_ClaimReview_pages_and_a_SALAH_headline_and_reports_the_404_the_oversized_page_and_the_robots_disallow()
    {
        var (code, output, _) = await SyncAsync(("site", "Sitemap", "/sitemap.xml"));

        Assert.Equal(0, code);
        Assert.Contains("site (Sitemap): 4 fetched, 0 not modified, 2 added, 0 updated, 0 unchanged, 1 rejected, 1 skipped, 2 errors", output, StringComparison.Ordinal);
        Assert.Contains($"error: {Site.BaseUrl}/artikel/dihapus.html: HTTP 404", output, StringComparison.Ordinal);
        Assert.Contains($"error: {Site.BaseUrl}/artikel/raksasa.html: larger than {MaxPageBytes} bytes", output, StringComparison.Ordinal);
        Assert.Contains($"skipped: {Site.BaseUrl}/private/draf-rahasia.html: disallowed by robots.txt", output, StringComparison.Ordinal);
        Assert.Contains($"rejected: {Site.BaseUrl}/artikel/tips-musim-hujan.html: no ClaimReview JSON-LD and no rating tag", output, StringComparison.Ordinal);
        Assert.Empty(Site.RequestsTo("/private/draf-rahasia.html"));

        // The size cap stopped the download while it streamed: far less than the 64 MiB the page would have sent.
        Assert.InRange(Site.EndlessBytesWritten, 1, 16L * 1024 * 1024);

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
        var afterFirst = Site.Requests.Count;
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

        var secondPass = Site.Requests.Skip(afterFirst).Where(r => r.Path != "/robots.txt").ToList();
        Assert.Equal(5, secondPass.Count);
        Assert.All(secondPass, r => Assert.True(r.Conditional && r.Status == 304, $"{r.Path} was asked {(r.Conditional ? "conditionally" : "unconditionally")} and answered {r.Status}"));
        Assert.Equal(10, await CountAsync());

        // The API's key went in its header, never in an address.
        Assert.All(Site.RequestsTo("/api/claims:search"), r => Assert.Equal(FakeFactCheckSite.ApiKey, r.ApiKey));
        Assert.DoesNotContain(Site.Requests, r => r.Query.Contains(FakeFactCheckSite.ApiKey, StringComparison.Ordinal));
        Assert.Contains("pageToken=p2", Site.RequestsTo("/api/claims:search")[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_kept_as_its_last_error_while_the_next_source_still_imports()
    {
        var (code, output, _) = await SyncAsync(("gone", "ClaimReviewFeed", "/no-such-feed.json"), ("datafeed", "ClaimReviewFeed", "/datafeed.json"));
        var (statusCode, status, _) = await FeedsAsync(Settings(("gone", "ClaimReviewFeed", "/no-such-feed.json"), ("datafeed", "ClaimReviewFeed", "/datafeed.json")), "status");

        Assert.Equal(1, code);
        Assert.Contains($"error: {Site.BaseUrl}/no-such-feed.json: HTTP 404", output, StringComparison.Ordinal);
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
        Site.Override("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>{"{BASE}"}/artikel/vaksin-chip.html</loc><lastmod>{tomorrow}</lastmod></url>
              <url><loc>{"{BASE}"}/artikel/banjir-bandung.html</loc><lastmod>2026-11-21</lastmod></url>
            </urlset>
            """);
        var before = Site.Requests.Count;

        var (_, output, _) = await SyncAsync(("site", "Sitemap", "/sitemap.xml"));

        var pages = Site.Requests.Skip(before).Where(r => r.Path.StartsWith("/artikel/", StringComparison.Ordinal)).ToList();
        var page = Assert.Single(pages);
        Assert.Equal(("/artikel/vaksin-chip.html", true, 304), (page.Path, page.Conditional, page.Status));
        Assert.Contains("site (Sitemap): 1 fetched, 1 not modified, 0 added", output, StringComparison.Ordinal);
    }
}
