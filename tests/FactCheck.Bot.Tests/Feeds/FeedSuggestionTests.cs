using System.Globalization;
using FactCheck.Bot.Cli;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>A claim a feed brings that answers an open tip is offered to the reviewers with the command that attaches
/// it; the askers hear nothing until a reviewer does.</summary>
public sealed class FeedSuggestionTests : IAsyncLifetime, IDisposable
{
    private const string SaltWater = "Gargling warm salt water three times a day prevents every variant of the virus";
    private readonly TestStore store = new();
    private readonly FakeFactCheckSite site = new();

    [Fact]
    public async Task A_feed_claim_matching_an_open_tip_is_suggested_once_and_the_asker_is_told_only_after_attach()
    {
        var tipId = await SubmitAsync(SaltWater);
        var settings = FeedSettings.For(store, site, 256 * 1024, ("datafeed", "ClaimReviewFeed", "/datafeed.json"));
        settings["Reviewers:DiscordChannels:0"] = "555";

        var (_, first) = await FeedsAsync(settings, "sync");
        var (_, second) = await FeedsAsync(settings, "sync");
        var (_, status) = await FeedsAsync(settings, "status");

        var id = tipId.ToString(CultureInfo.InvariantCulture);
        var suggestion = Assert.Single(first.Split('\n'), l => l.Contains("suggested:", StringComparison.Ordinal)).Trim();
        Assert.Matches($@"^suggested: tip #{id} may be answered by claim (u-[0-9a-f]+) \(\d\.\d\d\); a reviewer attaches it with /attach {id} u-[0-9a-f]+$", suggestion);
        var claimId = suggestion.Split(' ')[^1];
        Assert.DoesNotContain("suggested:", second, StringComparison.Ordinal);
        Assert.Contains($"attach with /attach {id} {claimId}", status, StringComparison.Ordinal);

        using (var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings))
        {
            var tips = host.Services.GetRequiredService<ITipStore>();
            var notice = Assert.Single(await host.Services.GetRequiredService<IReviewerNoticeStore>().PendingAsync("discord", 10, CancellationToken.None));
            Assert.Equal("555", notice.ChatId);
            Assert.Contains($"/attach {id} {claimId}", notice.Text, StringComparison.Ordinal);
            Assert.Equal(TipStatus.Open, (await tips.GetAsync(tipId, CancellationToken.None))!.Status);
            Assert.Empty(await tips.DequeuePendingAsync("telegram", 10, CancellationToken.None));

            var attached = await host.Services.GetRequiredService<TipService>()
                .AttachAsync(new Reviewer(Reviewer.CommandLine, "ana"), tipId, claimId, CancellationToken.None);
            Assert.True(attached.IsDone);
            var told = Assert.Single(await tips.DequeuePendingAsync("telegram", 10, CancellationToken.None));
            Assert.Equal(claimId, told.ClaimId);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    public void Dispose() => store.Dispose();

    private async Task<long> SubmitAsync(string text)
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings);
        await host.Services.GetRequiredService<ITipStore>().InitializeAsync(CancellationToken.None);
        var result = await host.Services.GetRequiredService<TipService>()
            .SubmitAsync(new TipSubmission(text, new Asker("telegram", "7", "7", "en")), CancellationToken.None);
        return result.TipId;
    }

    private static async Task<(int Code, string Output)> FeedsAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FeedsCommand.RunAsync(args, output, error, CancellationToken.None, settings);
        return (code, output.ToString());
    }
}
