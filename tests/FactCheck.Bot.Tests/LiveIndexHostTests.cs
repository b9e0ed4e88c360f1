using FactCheck.Bot.Cli;
using FactCheck.Bot.Hosting;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Bot.Tests;

/// <summary>The running bot sees claims written by another process: the watcher catches its index up.</summary>
public sealed class LiveIndexHostTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly Reviewer Editor = new("telegram", "900");
    private readonly TestStore store = new();

    [Fact]
    public async Task A_claim_imported_by_another_process_is_answered_once_the_watcher_polls()
    {
        using var bot = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var checks = bot.Services.GetRequiredService<CheckService>();
        var time = new FakeTimeProvider();
        using var watcher = new ClaimIndexWatcher(checks, Options.Create(new StorageOptions { IndexPollMilliseconds = 1000 }), time, NullLogger<ClaimIndexWatcher>.Instance);
        var advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        checks.IndexAdvanced += (_, _) => advanced.TrySetResult();
        await watcher.StartAsync(CancellationToken.None);
        Assert.False((await checks.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);

        using (var importer = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings))
        {
            await importer.Services.GetRequiredService<IClaimStore>().UpsertAsync([Bansos()], CancellationToken.None);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        await advanced.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await watcher.StopAsync(CancellationToken.None);
        Assert.Equal("bansos", (await checks.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).Matches.Single().Claim.Id);
    }

    [Fact]
    public async Task A_tip_published_from_another_process_is_answered_when_asked_again_and_no_second_tip_is_opened()
    {
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        using var bot = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
        var botTips = bot.Services.GetRequiredService<TipService>();
        var checks = bot.Services.GetRequiredService<CheckService>();
        var tip = await botTips.SubmitAsync(new TipSubmission(Rumour, new Asker("telegram", "1", "1", "id")), CancellationToken.None);

        // `tips publish` on the command line: its own host and store on the same file, no index loaded.
        using (var cli = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, settings))
        {
            var verdict = new TipVerdict("Salah", "https://cekfakta.example.id/bansos-5-juta", "Cek Fakta Contoh");
            Assert.True((await cli.Services.GetRequiredService<TipService>().PublishAsync(Editor, tip.TipId, verdict, CancellationToken.None)).IsDone);
            Assert.Null(cli.Services.GetRequiredService<CheckService>().Matcher);
        }

        await checks.RefreshAsync(CancellationToken.None); // what the watcher does every second
        var again = await checks.CheckAsync(new CheckRequest(Rumour), CancellationToken.None);

        var match = Assert.Single(again.Matches, m => m.Decision == MatchDecision.Reply);
        Assert.Equal(TipService.ClaimIdFor(tip.TipId), match.Claim.Id);
        Assert.Empty((await botTips.ListQueueAsync(Editor, 10, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task A_running_telegram_bot_answers_a_claim_another_process_imported_within_five_seconds()
    {
        await using var api = new FakeBotApi();
        var settings = store.Settings;
        settings["Telegram:Token"] = FakeBotApi.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl;
        settings["Telegram:PollTimeoutSeconds"] = "1";
        settings["Seeds:LoadWhenEmpty"] = "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        FactCheck.Telegram.Tests.QuickSpacing.UseIn(builder.Services);
        using var host = builder.Build();
        await host.StartAsync();
        var advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<CheckService>().IndexAdvanced += (_, _) => advanced.TrySetResult();

        var before = await AskAsync(api);
        using (var importer = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings))
        {
            await importer.Services.GetRequiredService<IClaimStore>().UpsertAsync([Bansos()], CancellationToken.None);
        }

        // The bound: the running bot's watcher (polling every second by default) takes the claim in within 5 s.
        await advanced.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var after = await AskAsync(api);
        await host.StopAsync();

        Assert.DoesNotContain("cekfakta.example.id/bansos", before, StringComparison.Ordinal);
        Assert.Contains("cekfakta.example.id/bansos", after, StringComparison.Ordinal);
        Assert.Contains("Salah", after, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private static async Task<string> AskAsync(FakeBotApi api)
    {
        var message = Tg.Private(5001, Rumour, language: "id");
        api.EnqueueMessage(message);
        return (await api.WaitForReplyAsync(Tg.IdOf(message), seconds: 60)).Text;
    }

    private static Claim Bansos() => new(
        "bansos", Rumour, "id", [], [],
        [new Review("https://cekfakta.example.id/bansos", new Publisher("Cek Fakta Contoh", "cekfakta.example.id"), "Salah", Verdict.False)]);
}
