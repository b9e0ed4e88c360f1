using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests;

/// <summary>The core-loop issue's acceptance: the seeds answer the article they came from.</summary>
public sealed class CoreLoopAcceptanceTests : IDisposable
{
    private static readonly string[] Article = File.ReadAllLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt"));
    private readonly TestStore store = new();

    [Fact]
    public async Task Second_paragraph_is_answered_with_the_unverified_kim_jong_un_claim_citing_express_uk()
    {
        var report = await CheckAsync(Article[1]);

        var match = Assert.Single(report.Matches, m => m.Decision == MatchDecision.Reply);
        Assert.Contains("too crazy for us", match.Claim.Text, StringComparison.Ordinal);
        Assert.Equal(Verdict.Unverified, Assert.Single(match.Claim.Reviews).Verdict);
        var text = PlainTextRenderer.Render(report);
        Assert.Contains("Express UK", text, StringComparison.Ordinal);
        Assert.Contains("\"Unverified\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whole_article_is_answered_with_each_seed_claim_once()
    {
        var report = await CheckAsync(string.Join('\n', Article));

        var ids = report.Matches.Select(m => m.Claim.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var seed in new[] { "too crazy for us", "Russia asked China", "13,500 soldiers", "reconnaissance satellite" })
        {
            Assert.Contains(report.Matches, m => m.Claim.Text.Contains(seed, StringComparison.Ordinal) && m.Decision == MatchDecision.Reply);
        }
    }

    [Fact]
    public async Task Unrelated_weather_talk_is_answered_with_no_known_fact_check()
    {
        var report = await CheckAsync("Cuaca hari ini cerah");

        Assert.True(report.IsNoMatch);
        Assert.Equal("id", report.UiLanguage);
        Assert.Contains(UiText.Indonesian.NoMatch, PlainTextRenderer.Render(report), StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private async Task<CheckReport> CheckAsync(string text)
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        return await host.Services.GetRequiredService<ICheckService>().CheckAsync(new CheckRequest(text), CancellationToken.None);
    }
}
