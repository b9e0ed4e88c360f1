using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace FactCheck.Telegram.Tests;

/// <summary>What reaches the logs: never the token, never a user's message at Information or above.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_neither_the_token_nor_message_text_through_errors_and_outages()
    {
        await using var api = new FakeBotApi();
        var logs = new CapturingLoggerProvider();
        var builder = TelegramTestHost.Builder(api, new InMemoryChatStateStore(), new FakeCheckService());
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        api.BlockedChats.Add(801);
        await using var host = await TelegramTestHost.StartAsync(builder);
        const string secretText = "my neighbour's phone number is 555-0199 and 5G towers spread covid";
        api.EnqueueMessage(Tg.Private(801, secretText));
        var first = Tg.Private(802, secretText);
        api.EnqueueMessage(first);
        await api.WaitForReplyAsync(Tg.IdOf(first));
        await api.GoAwayAsync();
        await logs.WaitForAsync(l => l.Text.Contains("getUpdates failed", StringComparison.Ordinal));
        api.ComeBack();
        var second = Tg.Private(802, secretText + " again");
        api.EnqueueMessage(second);
        await api.WaitForReplyAsync(Tg.IdOf(second));

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Text.Contains("429", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Contains("getUpdates failed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains(FakeBotApi.Token, StringComparison.Ordinal) || l.Text.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Information && l.Text.Contains("555-0199", StringComparison.Ordinal));
    }
}
