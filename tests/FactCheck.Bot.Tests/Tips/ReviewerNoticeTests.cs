using FactCheck.Bot.Cli;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Tips;

/// <summary>New and joined tips are announced through the outbox to every platform's reviewers' chats, and retried.</summary>
public sealed class ReviewerNoticeTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private readonly TestStore store = new();

    [Fact]
    public async Task A_telegram_tip_reaches_the_discord_reviewers_too_and_a_post_that_must_wait_is_retried()
    {
        var settings = store.Settings;
        settings["Reviewers:TelegramChats:0"] = "-100200";
        settings["Reviewers:DiscordChannels:0"] = "300400";
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
        var conversation = host.Services.GetRequiredService<ConversationService>();
        var notices = host.Services.GetRequiredService<ReviewerNotices>();
        var telegram = new NoticeChannel("telegram");
        var discord = new NoticeChannel("discord") { Refusals = 1 };

        var answer = await conversation.HandleAsync(new Incoming(Platform.Telegram, "42", "42", Rumour, "id", new Submit(Rumour)), CancellationToken.None);
        var telegramPass = await notices.DeliverPendingAsync(telegram, 10, CancellationToken.None);
        var discordWaits = await notices.DeliverPendingAsync(discord, 10, CancellationToken.None);
        var discordPass = await notices.DeliverPendingAsync(discord, 10, CancellationToken.None);
        var nothingLeft = await notices.DeliverPendingAsync(discord, 10, CancellationToken.None);

        Assert.StartsWith("Terima kasih", answer.Text, StringComparison.Ordinal);
        Assert.Equal(new OutboxPass(1, 0, false), telegramPass);
        Assert.Equal(new OutboxPass(0, 0, true), discordWaits);
        Assert.Equal(new OutboxPass(1, 0, false), discordPass);
        Assert.Equal(new OutboxPass(0, 0, false), nothingLeft);
        Assert.Equal("-100200", Assert.Single(telegram.Posted).ChatId);
        var posted = Assert.Single(discord.Posted);
        Assert.Equal("300400", posted.ChatId);
        Assert.StartsWith("New tip #1 (telegram): Pemerintah", posted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_configuration_keys_are_read_as_platform_keyed_reviewers()
    {
        var options = new ReviewerOptions { Telegram = ["7"], Discord = ["8"], TelegramChats = ["-9"], DiscordChannels = ["10"] };

        Assert.Equal(["7"], options.UsersOf(Platform.Telegram));
        Assert.Equal(["8"], options.UsersOf(Platform.Discord));
        Assert.Equal(["-9"], options.ChatsOf(Platform.Telegram));
        Assert.Equal(["10"], options.ChatsOf(Platform.Discord));
        Assert.Empty(options.ChatsOf(Platform.Web));
        Assert.True(options.Allows(new Reviewer("discord", "99", "10")));
        Assert.False(options.Allows(new Reviewer("telegram", "99", "10")));
    }

    public void Dispose() => store.Dispose();

    private sealed class NoticeChannel(string platform) : ITipNotificationChannel
    {
        public int Refusals { get; set; }

        public List<(string ChatId, string Text)> Posted { get; } = [];

        public string Platform => platform;

        public Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken) =>
            Task.FromResult(DeliveryOutcome.Sent);

        public Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, CancellationToken cancellationToken)
        {
            if (Refusals-- > 0)
            {
                return Task.FromResult(DeliveryOutcome.RetryLater);
            }

            Posted.Add((chatId, text));
            return Task.FromResult(DeliveryOutcome.Sent);
        }
    }
}
