using FactCheck.Core.Checking;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>The adapter's outbox channel: what it sends, and which failures keep a notification pending.</summary>
public sealed class TelegramTipChannelTests
{
    [Fact]
    public async Task Sends_heading_verdict_with_citation_and_footer_in_one_message()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);

        var outcome = await ChannelOf(host).SendAsync(Notification(4101), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var sent = Assert.Single(api.Sent, c => c.ChatId == 4101);
        Assert.StartsWith("<b>Tip heading &lt;7&gt;</b>", sent.Text, StringComparison.Ordinal);
        Assert.Contains("“Pants on fire”", sent.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://factcheck.example.org/2024/05/5g-covid?a=1&amp;b=2\"", sent.Text, StringComparison.Ordinal);
        Assert.EndsWith("<i>Stop with /notify off</i>", sent.Text, StringComparison.Ordinal);
        Assert.True(sent.Text.Length <= 4096);
    }

    [Fact]
    public async Task A_blocked_user_is_undeliverable_but_a_server_error_or_endless_429_is_retried_later()
    {
        await using var api = new FakeBotApi();
        api.BlockedChats.Add(4102);
        api.FailChat(4103, 500, "Internal Server Error");
        api.FailChat(4104, 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await using var host = await TelegramTestHost.StartAsync(api);
        var channel = ChannelOf(host);

        Assert.Equal(DeliveryOutcome.Undeliverable, await channel.SendAsync(Notification(4102), CancellationToken.None));
        Assert.Equal(DeliveryOutcome.RetryLater, await channel.SendAsync(Notification(4103), CancellationToken.None));
        Assert.Equal(DeliveryOutcome.RetryLater, await channel.SendAsync(Notification(4104), CancellationToken.None));
        Assert.Equal(4, api.Calls.Count(c => c.Method == "sendMessage" && c.ChatId == 4103));
    }

    private static ITipNotificationChannel ChannelOf(TelegramTestHost host) =>
        Assert.Single(host.Host.Services.GetServices<ITipNotificationChannel>(), c => c.Platform == "telegram");

    private static TipNotification Notification(long chatId)
    {
        var id = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = new OutboxMessage(1, 7, new Asker("telegram", id, id, "en"), FakeCheckService.FiveG.Id, "v1", false, DateTimeOffset.UnixEpoch);
        var report = new CheckReport("en", InputNote.None, [new ClaimMatch(FakeCheckService.FiveG, MatchDecision.Reply, 1, "5G towers spread covid")], [], 1);
        return new TipNotification(message, "Tip heading <7>", report, "Stop with /notify off");
    }
}
