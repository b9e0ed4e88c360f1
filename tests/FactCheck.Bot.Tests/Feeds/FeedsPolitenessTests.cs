namespace FactCheck.Bot.Tests.Feeds;

/// <summary>How the feeds treat a site: who they say they are, one request at a time with a pause, Retry-After, robots.txt,
/// redirects and a per-run budget of articles.</summary>
public sealed class FeedsPolitenessTests : FeedVerbTest
{
    [Fact]
    public async Task Requests_name_the_bot_and_its_contact_come_one_at_a_time_and_arrive_gzipped()
    {
        await SyncAsync(AllSources());

        var requests = Site.Requests.OrderBy(r => r.Started).ToList();
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
        Site.AnswerOnce("/datafeed.json", 429, retryAfter: "1");

        var (code, output, _) = await SyncAsync(("datafeed", "ClaimReviewFeed", "/datafeed.json"));

        Assert.Equal(0, code);
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", output, StringComparison.Ordinal);
        var tries = Site.RequestsTo("/datafeed.json");
        Assert.Equal([429, 200], tries.Select(r => r.Status));
        Assert.True(tries[1].Started - tries[0].Finished >= TimeSpan.FromMilliseconds(900), $"retried after {(tries[1].Started - tries[0].Finished).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task While_robots_txt_cannot_be_read_the_site_is_left_alone_and_the_next_run_reads_it()
    {
        Site.AnswerOnce("/robots.txt", 503);
        var settings = Settings(("site", "Sitemap", "/sitemap.xml"));
        settings["Feeds:MaxRetries"] = "0";

        var (firstCode, first, _) = await FeedsAsync(settings, "sync");
        var requestsInFirst = Site.Requests.Select(r => r.Path).ToList();
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
        Site.Redirect("/old-feed.xml", "/feed.xml");

        var (_, first, _) = await SyncAsync(("rss", "Rss", "/old-feed.xml"));
        var (_, second, _) = await SyncAsync(("rss", "Rss", "/old-feed.xml"));

        Assert.Contains("rss (Rss): 3 fetched, 0 not modified, 2 added", first, StringComparison.Ordinal);
        Assert.Contains("rss (Rss): 0 fetched, 1 not modified, 0 added", second, StringComparison.Ordinal);
        Assert.Equal([200, 304], Site.RequestsTo("/feed.xml").Select(r => r.Status));
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_MaxRedirects_and_fails_only_that_source()
    {
        Site.Redirect("/loop-a.xml", "/loop-b.xml");
        Site.Redirect("/loop-b.xml", "/loop-a.xml");
        var settings = Settings(("loop", "Sitemap", "/loop-a.xml"), ("datafeed", "ClaimReviewFeed", "/datafeed.json"));
        settings["Feeds:MaxRedirects"] = "3";

        var (code, output, _) = await FeedsAsync(settings, "sync");

        Assert.Equal(1, code);
        Assert.Contains("more than 3 redirects", output, StringComparison.Ordinal);
        Assert.Equal(4, Site.Requests.Count(r => r.Path.StartsWith("/loop-", StringComparison.Ordinal)));
        Assert.Contains("datafeed (ClaimReviewFeed): 1 fetched, 0 not modified, 2 added", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_to_one_host_keep_MinDelayMsPerHost_between_them()
    {
        var settings = Settings(("datafeed", "ClaimReviewFeed", "/datafeed.json"), ("rss", "Rss", "/feed.xml"));
        settings["Feeds:MinDelayMsPerHost"] = "250";

        await FeedsAsync(settings, "sync");

        var requests = Site.Requests.OrderBy(r => r.Started).ToList();
        Assert.True(requests.Count >= 4);
        for (var i = 1; i < requests.Count; i++)
        {
            var gap = requests[i].Started - requests[i - 1].Finished;
            Assert.True(gap >= TimeSpan.FromMilliseconds(240), $"{requests[i].Path} came {gap.TotalMilliseconds} ms after {requests[i - 1].Path}");
        }
    }
}
