using System.Collections.Concurrent;
using FactCheck.Bot.Cli;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Tips;

public sealed class TipOutboxServiceTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestStore store = new();

    [Fact]
    public async Task The_running_bot_delivers_a_publish_made_in_it_and_one_made_by_another_process()
    {
        using var channel = new CollectingChannel();
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        settings["Tips:OutboxPollSeconds"] = "1";
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        builder.Services.AddSingleton<ITipNotificationChannel>(channel);
        using var bot = builder.Build();
        await bot.StartAsync(CancellationToken.None);
        var tips = bot.Services.GetRequiredService<TipService>();
        await tips.SubmitAsync(new TipSubmission(Rumour, new Asker("telegram", "1", "1", "id")), CancellationToken.None);
        await tips.SubmitAsync(new TipSubmission("Minum air hangat dengan lemon setiap pagi membunuh virus corona di tenggorokan", new Asker("telegram", "2", "2", "en")), CancellationToken.None);

        await tips.PublishAsync(new Reviewer("telegram", "900"), 1, new TipVerdict("Salah", "https://cekfakta.example.id/bansos", "Cek Fakta Contoh"), CancellationToken.None);
        await channel.WaitForAsync(1, Patience);

        // `tips publish` run as its own process on the same database: the bot finds the row at its next poll.
        using (var cli = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, settings))
        {
            await cli.Services.GetRequiredService<TipService>().PublishAsync(
                new Reviewer(Reviewer.CommandLine, "ana"), 2, new TipVerdict("False", "https://factcheck.example.org/lemon", "Example Checks"), CancellationToken.None);
        }

        await channel.WaitForAsync(2, Patience);
        await bot.StopAsync(CancellationToken.None);

        Assert.Equal(["1", "2"], channel.Sent.Select(n => n.Message.Asker.UserId));
        Assert.Equal("https://factcheck.example.org/lemon", channel.Sent.Last().Report.Matches[0].Claim.Reviews[0].Url);
    }

    public void Dispose() => store.Dispose();

    private sealed class CollectingChannel : ITipNotificationChannel, IDisposable
    {
        private readonly SemaphoreSlim arrived = new(0);

        public ConcurrentQueue<TipNotification> Sent { get; } = new();

        public string Platform => "telegram";

        public Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
        {
            Sent.Enqueue(notification);
            arrived.Release();
            return Task.FromResult(DeliveryOutcome.Sent);
        }

        public void Dispose() => arrived.Dispose();

        /// <summary>Waits until <paramref name="count"/> notifications in all have arrived: each send wakes it.</summary>
        public async Task WaitForAsync(int count, TimeSpan patience)
        {
            using var timeout = new CancellationTokenSource(patience);
            while (Sent.Count < count)
            {
                await arrived.WaitAsync(timeout.Token);
            }
        }
    }
}
