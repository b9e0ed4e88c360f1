namespace FactCheck.Bot.Tests.Feeds;

/// <summary>Mistakes on the command line or in the Feeds:* settings: one line and exit 2.</summary>
public sealed class FeedsVerbUsageTests : FeedVerbTest
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("sync", "--source")]
    [InlineData("sync", "--colour", "red")]
    public async Task Usage_mistakes_exit_with_2(params string[] args)
    {
        var (code, _, error) = await FeedsAsync(Settings(("site", "Sitemap", "/sitemap.xml")), args);

        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("factcheck feeds", line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
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

    [Fact]
    public async Task Status_without_sources_says_none_are_configured()
    {
        var (code, output, _) = await FeedsAsync(Store.Settings, "status");

        Assert.Equal(0, code);
        Assert.StartsWith("No feed sources are configured", output, StringComparison.Ordinal);
    }
}
