using FactCheck.Bot;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Discord.Tests.Host;

public sealed class TipNotificationTests
{
    private const string Asker = "1001";

    [Fact]
    public async Task An_import_in_another_process_answers_the_open_tip_and_the_asker_is_told_through_the_outbox_poll()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var answer = await s.DmAsync(Asker, TipEvents.Rumour);
        await s.PressAsync(Asker, TiplineSession.ButtonOf(answer)!);
        var file = Path.Combine(Path.GetDirectoryName(h.ConnectionString["Data Source=".Length..])!, "bansos.jsonld");
        await File.WriteAllTextAsync(file, """
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://cekfakta.example.id/bansos-import",
              "claimReviewed": "Pemerintah membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan",
              "inLanguage": "id", "datePublished": "2024-05-02", "author": { "@type": "Organization", "name": "Cek Fakta Impor" },
              "reviewRating": { "@type": "Rating", "alternateName": "Hoaks" } }
            """);

        var answered = await ImportAsync(h, file);

        Assert.Equal(1, answered);
        var notification = (await h.Fake.ExpectDeliveredAsync(FakeDiscord.DmChannelOf(Asker), 2))[1];
        Assert.Contains("laporan #1", notification.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("Cek Fakta Impor", notification.Text, StringComparison.Ordinal);
        Assert.Contains("https://cekfakta.example.id/bansos-import", notification.Text, StringComparison.Ordinal);
        Assert.Contains("Hoaks", notification.Text, StringComparison.Ordinal);
        Assert.Empty(await h.Host.Services.GetRequiredService<ITipStore>().ListOpenAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_notification_discord_failed_is_delivered_once_after_a_restart_and_never_again()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(Asker);

        // Four 500s: the REST client's three retries are spent, so the outbox keeps the row for later.
        h.Fake.Script("POST", $"/channels/{dm}/messages", Enumerable.Repeat(new FakeResponse(500, """{"message":"oops"}"""), 4).ToArray());
        await s.CommandAsync(Asker, "submit", ("text", TipEvents.Rumour));
        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "False"), ("url", "https://cekfakta.example.id/x"), ("publisher", "Cek Fakta Contoh"));
        await h.Fake.ExpectRequestAsync("POST", $"/channels/{dm}/messages", count: 4);
        Assert.Empty(h.Fake.Delivered(dm));

        await h.RestartAsync();
        var delivered = await h.Fake.ExpectDeliveredAsync(dm, 1);
        await h.RestartAsync();
        await FactCheck.Tests.Shared.Outbox.OutboxBarrier.PassAsync(h.Host.Services, "discord"); // Every pending row was tried again.

        Assert.Single(delivered);
        Assert.Single(h.Fake.Delivered(dm));
        Assert.Contains("Cek Fakta Contoh", delivered[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_cannot_be_messaged_is_dropped_from_the_outbox_not_retried()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(Asker);
        h.Fake.Script("POST", $"/channels/{dm}/messages", new FakeResponse(403, """{"message":"Cannot send messages to this user","code":50007}"""));
        await s.CommandAsync(Asker, "submit", ("text", TipEvents.Rumour));

        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "False"), ("url", "https://cekfakta.example.id/x"), ("publisher", "Cek Fakta Contoh"));
        await h.Fake.ExpectRequestAsync("POST", $"/channels/{dm}/messages");
        await FactCheck.Tests.Shared.Outbox.OutboxBarrier.PassAsync(h.Host.Services, "discord"); // Every pending row was tried again.

        Assert.Single(h.Fake.Requests, r => r.Method == "POST" && r.Path == $"/channels/{dm}/messages");
        Assert.Empty(await h.Host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("discord", 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_corrected_fact_check_is_sent_again_marked_as_updated()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(Asker);
        await s.CommandAsync(Asker, "submit", ("text", TipEvents.Rumour));
        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "Misleading"), ("url", "https://cekfakta.example.id/v1"), ("publisher", "Cek Fakta Contoh"));
        await h.Fake.ExpectDeliveredAsync(dm, 1);

        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "False"), ("url", "https://cekfakta.example.id/v2"), ("publisher", "Cek Fakta Contoh"));

        var correction = (await h.Fake.ExpectDeliveredAsync(dm, 2))[1];
        Assert.StartsWith("Updated: the fact-check for the message you sent us (tip #1) has changed", correction.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://cekfakta.example.id/v2", correction.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_discord_token_no_discord_notification_channel_is_registered()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = string.Empty,
            ["Telegram:Token"] = string.Empty,
            ["Storage:ConnectionString"] = "Data Source=:memory:", // Not the default file under the working folder.
        };
        using var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();

        Assert.DoesNotContain(host.Services.GetServices<ITipNotificationChannel>(), c => c.Platform == "discord");
    }

    [Theory]
    [InlineData(200, null, DeliveryOutcome.Sent)]
    [InlineData(403, DiscordTipChannel.CannotMessageUser, DeliveryOutcome.Undeliverable)]
    [InlineData(400, DiscordTipChannel.CannotMessageUser, DeliveryOutcome.Undeliverable)]
    [InlineData(404, 10003, DeliveryOutcome.Undeliverable)]
    [InlineData(429, null, DeliveryOutcome.RetryLater)]
    [InlineData(503, null, DeliveryOutcome.RetryLater)]
    [InlineData(0, null, DeliveryOutcome.RetryLater)]
    public void Discord_answers_map_to_sent_retry_later_or_undeliverable(int status, int? code, DeliveryOutcome expected)
    {
        var channel = new DiscordTipChannel(null!, new DiscordEmbedRenderer(), NullLogger<DiscordTipChannel>.Instance);
        var body = code is null ? default : System.Text.Json.JsonDocument.Parse($$"""{"code":{{code}}}""").RootElement.Clone();
        var result = new RestResult(status == 200 ? RestStatus.Ok : RestStatus.Failed, status, body);

        Assert.Equal(expected, channel.Outcome(result));
    }

    /// <summary>What the `import` verb does, in a host of its own (as another process would be): store the file's
    /// fact-checks, then answer the open tips they match. The bot learns of it only by polling the outbox.</summary>
    private static async Task<int> ImportAsync(BotHarness h, string file)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = h.ConnectionString,
            ["Telegram:Token"] = string.Empty,
            ["Discord:Token"] = string.Empty,
        };
        using var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();
        var store = host.Services.GetRequiredService<IClaimStore>();
        await store.InitializeAsync(CancellationToken.None);
        var summary = await new ClaimImporter(store).ImportAsync([file], CancellationToken.None);
        Assert.Equal(1, summary.Added);
        return await host.Services.GetRequiredService<TipService>().ResolveOpenTipsAsync(CancellationToken.None);
    }
}
