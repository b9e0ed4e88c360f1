using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Tests.Tips;

public sealed class TipOutboxTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly Reviewer Editor = new("telegram", "900");
    private readonly TestStore store = new();

    [Fact]
    public async Task Each_asker_gets_the_cited_verdict_once_even_across_a_restart()
    {
        var channel = new RecordingChannel();
        using (var host = await StartAsync())
        {
            await PublishForTwoAskersAsync(host);
            var first = await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);
            Assert.Equal(new OutboxPass(2, 0, false), first);
        }

        using var restarted = await StartAsync();
        var second = await Outbox(restarted).DeliverPendingAsync(channel, 20, CancellationToken.None);

        Assert.Equal(new OutboxPass(0, 0, false), second);
        Assert.Equal(["1", "2"], channel.Sent.Select(n => n.Message.Asker.UserId).Order());
        var sent = channel.Sent[0];
        Assert.Equal("Cek fakta untuk pesan yang Anda kirim kepada kami sudah terbit (laporan #1):", sent.Heading);
        var match = Assert.Single(sent.Report.Matches);
        Assert.Equal((MatchDecision.Reply, "Salah", "https://cekfakta.example.id/bansos", "Cek Fakta Contoh"),
            (match.Decision, match.Claim.Reviews[0].RatingText, match.Claim.Reviews[0].Url, match.Claim.Reviews[0].Publisher.Name));
    }

    [Fact]
    public async Task A_user_whose_send_must_wait_stays_pending_while_the_others_are_told()
    {
        using var host = await StartAsync();
        await PublishForTwoAskersAsync(host);
        var channel = new RecordingChannel { Refuse = 1 };

        var deferred = await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);
        var later = await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);

        Assert.Equal(new OutboxPass(1, 0, true), deferred);
        Assert.Equal(new OutboxPass(1, 0, false), later);
        Assert.Equal(["2", "1"], channel.Sent.Select(n => n.Message.Asker.UserId));
    }

    [Fact]
    public async Task When_the_platform_is_unreachable_the_pass_stops_after_a_few_users_and_loses_nothing()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        foreach (var user in new[] { "1", "2", "3", "4", "5" })
        {
            await tips.SubmitAsync(new TipSubmission(Rumour, new Asker("telegram", user, user, "id")), CancellationToken.None);
        }

        await tips.PublishAsync(Editor, 1, new TipVerdict("Salah", "https://cekfakta.example.id/bansos", "Cek Fakta Contoh"), CancellationToken.None);
        var channel = new RecordingChannel { Refuse = int.MaxValue };

        var pass = await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);

        Assert.Equal(new OutboxPass(0, 0, true), pass);
        Assert.Equal(3, channel.Attempts);
        Assert.Equal(5, (await host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("telegram", 20, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task An_undeliverable_notification_is_dropped_not_retried_forever()
    {
        using var host = await StartAsync();
        await PublishForTwoAskersAsync(host);
        var channel = new RecordingChannel { Undeliverable = true };

        var pass = await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);

        Assert.Equal(new OutboxPass(0, 2, false), pass);
        Assert.Empty(await host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("telegram", 20, CancellationToken.None));
    }

    [Fact]
    public async Task A_correction_is_sent_again_marked_as_updated()
    {
        using var host = await StartAsync();
        var channel = new RecordingChannel();
        await PublishForTwoAskersAsync(host);
        await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);

        var tips = host.Services.GetRequiredService<TipService>();
        await tips.PublishAsync(Editor, 1, new TipVerdict("Menyesatkan", "https://cekfakta.example.id/bansos", "Cek Fakta Contoh"), CancellationToken.None);
        await Outbox(host).DeliverPendingAsync(channel, 20, CancellationToken.None);

        Assert.Equal(4, channel.Sent.Count);
        Assert.All(channel.Sent.Skip(2), n => Assert.True(n.Message.IsUpdate));
        Assert.All(channel.Sent.Skip(2), n => Assert.StartsWith("Diperbarui:", n.Heading, StringComparison.Ordinal));
        Assert.Equal("Menyesatkan", channel.Sent[^1].Report.Matches[0].Claim.Reviews[0].RatingText);
    }

    [Fact]
    public async Task A_stop_lets_the_send_in_flight_finish_and_be_marked_but_starts_no_other()
    {
        using var host = await StartAsync();
        await PublishForTwoAskersAsync(host);
        using var stop = new CancellationTokenSource();
        var channel = new StoppingChannel(stop);

        var pass = await Outbox(host).DeliverPendingAsync(channel, 20, stop.Token);

        Assert.Equal(new OutboxPass(1, 0, false), pass);
        Assert.False(channel.SendTokenWasCancelled);
        var pending = await host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("telegram", 20, CancellationToken.None);
        Assert.Single(pending);
    }

    public void Dispose() => store.Dispose();

    private static TipOutbox Outbox(IHost host) => host.Services.GetRequiredService<TipOutbox>();

    private static async Task PublishForTwoAskersAsync(IHost host)
    {
        var tips = host.Services.GetRequiredService<TipService>();
        await tips.SubmitAsync(new TipSubmission(Rumour, new Asker("telegram", "1", "1", "id")), CancellationToken.None);
        await tips.SubmitAsync(new TipSubmission(Rumour, new Asker("telegram", "2", "2", "id")), CancellationToken.None);
        var verdict = new TipVerdict("Salah", "https://cekfakta.example.id/bansos", "Cek Fakta Contoh", "Tidak ada program seperti itu.");
        Assert.True((await tips.PublishAsync(Editor, 1, verdict, CancellationToken.None)).IsDone);
    }

    private Task<IHost> StartAsync()
    {
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        return VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
    }

    // The host stops while the first notification is on its way.
    private sealed class StoppingChannel(CancellationTokenSource stop) : ITipNotificationChannel
    {
        public bool SendTokenWasCancelled { get; private set; }

        public string Platform => "telegram";

        public async Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
        {
            // CancelAsync completes once every callback has run, a linked token's included: no wait is needed to see
            // whether the stop reached this send's token.
            await stop.CancelAsync();
            SendTokenWasCancelled = cancellationToken.IsCancellationRequested;
            return DeliveryOutcome.Sent;
        }
    }

    private sealed class RecordingChannel : ITipNotificationChannel
    {
        public List<TipNotification> Sent { get; } = [];

        public int Refuse { get; set; }

        public int Attempts { get; private set; }

        public bool Undeliverable { get; init; }

        public string Platform => "telegram";

        public Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
        {
            Attempts++;
            if (Undeliverable)
            {
                return Task.FromResult(DeliveryOutcome.Undeliverable);
            }

            if (Refuse > 0)
            {
                Refuse--;
                return Task.FromResult(DeliveryOutcome.RetryLater);
            }

            Sent.Add(notification);
            return Task.FromResult(DeliveryOutcome.Sent);
        }
    }
}
