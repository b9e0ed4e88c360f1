using FactCheck.Core.Tips;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Host;

public sealed class TiplineFlowTests
{
    private const string AskerA = "1001";
    private const string AskerB = "1002";
    private const string FactCheckUrl = "https://cekfakta.example.id/bansos";

    [Fact]
    public async Task Two_askers_of_a_near_identical_unmatched_message_each_get_the_published_verdict_with_its_citation_once()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);

        var answer = await s.DmAsync(AskerA, TipEvents.Rumour);
        var button = TiplineSession.ButtonOf(answer);
        Assert.NotNull(button);
        Assert.StartsWith("tip:submit:", button, StringComparison.Ordinal);
        Assert.Equal("Kirim ke peninjau", answer.Json.GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString());
        var (toldA, callback) = await s.PressAsync(AskerA, button);
        var toldB = await s.CommandAsync(AskerB, "submit", ("text", TipEvents.NearlyTheRumour));
        var queue = await s.CommandAsync(TipEvents.Reviewer, "queue");
        var published = await s.CommandAsync(
            TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "False"), ("url", FactCheckUrl), ("publisher", "Cek Fakta Contoh"), ("summary", "There is no such programme."));

        // The button goes away with the press (type 7, no components), and the presser is told privately.
        Assert.Equal(7, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(0, callback.Json.GetProperty("data").GetProperty("components").GetArrayLength());
        Assert.Equal("Terima kasih: pesan Anda kini menjadi laporan \\#1 untuk peninjau kami. Jika cek faktanya terbit, Anda akan diberi tahu di sini (/notify off untuk berhenti).", toldA);
        Assert.Equal(
            "Thank you: others sent the same message, so tip \\#1 has now been asked about 2 times. When a fact-check is published you will be told in a private message from this bot.",
            toldB);
        Assert.Contains("\\#1 · 2× · id", queue, StringComparison.Ordinal);
        Assert.StartsWith("Published for tip \\#1", published, StringComparison.Ordinal);

        var toA = (await h.Fake.ExpectDeliveredAsync(FakeDiscord.DmChannelOf(AskerA), 2))[1];
        var toB = (await h.Fake.ExpectDeliveredAsync(FakeDiscord.DmChannelOf(AskerB), 1))[0];
        Assert.StartsWith("Cek fakta untuk pesan yang Anda kirim kepada kami sudah terbit (laporan #1)", toA.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("A fact-check was published for the message you sent us (tip #1)", toB.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        foreach (var notification in new[] { toA, toB })
        {
            Assert.Contains("Cek Fakta Contoh", notification.Text, StringComparison.Ordinal);
            Assert.Contains(FactCheckUrl, notification.Text, StringComparison.Ordinal);
            Assert.Contains("False", notification.Text, StringComparison.Ordinal);
        }

        // Once: a few more outbox polls later, still one notification each.
        await FactCheck.Tests.Shared.Outbox.OutboxBarrier.PassAsync(h.Host.Services, "discord"); // Every pending row was tried again.
        Assert.Equal(2, h.Fake.Delivered(FakeDiscord.DmChannelOf(AskerA)).Count);
        Assert.Single(h.Fake.Delivered(FakeDiscord.DmChannelOf(AskerB)));
    }

    [Fact]
    public async Task A_submission_in_a_server_channel_promises_a_private_message_and_one_in_the_dm_promises_it_there()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var button = TiplineSession.ButtonOf(await s.DmAsync(AskerB, TipEvents.Rumour))!;

        var inDm = await s.CommandInDmAsync(AskerA, "submit", ("text", TipEvents.Rumour));
        var pressedInServer = await s.PressInServerAsync("c1", AskerB, button);
        var againInServer = await s.CommandAsync(AskerB, "submit", ("text", TipEvents.Rumour));

        Assert.Equal("Terima kasih: pesan Anda kini menjadi laporan \\#1 untuk peninjau kami. Jika cek faktanya terbit, Anda akan diberi tahu di sini (/notify off untuk berhenti).", inDm);
        Assert.Equal(
            "Terima kasih: orang lain juga mengirim pesan yang sama, jadi laporan \\#1 kini ditanyakan 2 kali. Jika cek faktanya terbit, Anda akan diberi tahu lewat pesan pribadi dari bot ini.",
            pressedInServer);
        Assert.Equal("You already sent this message (tip \\#1); you will be told in a private message from this bot when it is checked.", againInServer);
    }

    [Fact]
    public async Task A_non_reviewer_is_politely_refused_the_queue_and_publishing_and_nothing_changes()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        await s.CommandAsync(AskerA, "submit", ("text", TipEvents.Rumour));

        var queue = await s.CommandAsync(AskerB, "queue");
        var publish = await s.CommandAsync(AskerB, "publish", ("tip", 1), ("rating", "False"), ("url", FactCheckUrl), ("publisher", "Me"));

        const string Refusal = "Sorry, only this bot's reviewers can do that.";
        Assert.Equal((Refusal, Refusal), (queue, publish));
        var store = h.Host.Services.GetRequiredService<ITipStore>();
        var open = Assert.Single(await store.ListOpenAsync(10, CancellationToken.None));
        Assert.Equal((TipStatus.Open, 1), (open.Status, open.AskCount));
        Assert.Empty(await store.DequeuePendingAsync("discord", 10, CancellationToken.None));
        Assert.DoesNotContain(h.Fake.Requests, r => r.Path == "/users/@me/channels");
    }

    [Fact]
    public async Task Forget_leaves_no_trace_of_the_user_or_their_submitted_text_in_the_store()
    {
        const string Distinctive = "731337000111";
        const string Text = "Air rebusan daun sirsak zebra-ungu menyembuhkan semua penyakit dalam tiga hari, kata dokter di grup keluarga";
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var answer = await s.DmAsync(Distinctive, Text);
        await s.PressAsync(Distinctive, TiplineSession.ButtonOf(answer)!);
        await s.CommandAsync(Distinctive, "notify", ("mode", "off"));
        var before = await DatabaseDump.OfAsync(h.ConnectionString);

        var forgotten = await s.CommandAsync(Distinctive, "forget");

        var after = await DatabaseDump.OfAsync(h.ConnectionString);
        Assert.Contains(Distinctive, before, StringComparison.Ordinal);
        Assert.Contains("zebra-ungu", before, StringComparison.Ordinal);
        Assert.StartsWith("Done", forgotten, StringComparison.Ordinal);
        Assert.DoesNotContain(Distinctive, after, StringComparison.Ordinal);
        Assert.DoesNotContain("zebra-ungu", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_nobody_submitted_keeps_no_text_and_an_expired_button_says_how_to_submit()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var answer = await s.DmAsync(AskerA, TipEvents.Rumour);

        var (told, callback) = await s.PressAsync(AskerA, "tip:submit:no-longer-known");

        Assert.NotNull(TiplineSession.ButtonOf(answer));
        Assert.Equal(7, callback.Json.GetProperty("type").GetInt32());
        Assert.Contains("expired", told, StringComparison.Ordinal);
        Assert.Contains("/submit", told, StringComparison.Ordinal);
        var dump = await DatabaseDump.OfAsync(h.ConnectionString);
        Assert.DoesNotContain("bansos", dump, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await h.Host.Services.GetRequiredService<ITipStore>().ListOpenAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_button_whose_text_was_forgotten_submits_the_dm_it_answered_fetched_back_from_discord()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(AskerA);
        h.Fake.Script("GET", $"/channels/{dm}/messages/m-orig", new FakeResponse(200, System.Text.Json.JsonSerializer.Serialize(TipEvents.Dm("m-orig", AskerA, TipEvents.Rumour))));

        var (told, _) = await s.PressAsync(AskerA, "tip:submit:lost-in-a-restart", repliedTo: "m-orig");

        Assert.StartsWith("Thank you: your message is now tip \\#1", told, StringComparison.Ordinal);
        var tip = Assert.Single(await h.Host.Services.GetRequiredService<ITipStore>().ListOpenAsync(10, CancellationToken.None));
        Assert.Equal(TipEvents.Rumour, tip.Text);
    }

    [Fact]
    public async Task A_reviewer_command_typed_in_a_dm_is_answered_there()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);

        var submitted = await s.DmAsync(AskerA, "/submit " + TipEvents.Rumour);
        var queue = await s.DmAsync(TipEvents.Reviewer, "/queue");

        Assert.Contains("\\#1", submitted.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("\\#1 · 1×", queue.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Null(TiplineSession.ButtonOf(queue));
    }
}
