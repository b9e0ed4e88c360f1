using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests;

/// <summary>Polling with several instances on one store: only the holder of the poller lock polls (Telegram allows one
/// getUpdates caller per bot), and another takes over within 10 s when it stops.</summary>
public sealed class PollingLeaderTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_store_stands_by_and_polls_once_the_first_is_gone()
    {
        using var folder = new TempFolder("factcheck-poll-leader-");
        var databasePath = folder.PathOf("bot.db");

        // Two fake Bot API servers, so the test can tell which instance polls; the store is the one they share.
        await using var firstApi = new FakeBotApi();
        await using var secondApi = new FakeBotApi();
        var first = await TelegramTestHost.StartOnSqliteAsync(firstApi, databasePath);
        await firstApi.WaitForAsync(c => c.Method == "getUpdates");
        await using var second = await TelegramTestHost.StartOnSqliteAsync(secondApi, databasePath);
        await secondApi.WaitForAsync(c => c.Method == "getMe");

        // Two more polls of the leader after the second instance started: had it taken the lock, it would have polled by now.
        var polled = firstApi.Calls.Count(c => c.Method == "getUpdates");
        await firstApi.WaitForCountAsync(c => c.Method == "getUpdates", polled + 2);
        Assert.DoesNotContain(secondApi.Calls, c => c.Method == "getUpdates");

        await first.DisposeAsync();
        await secondApi.WaitForAsync(c => c.Method == "getUpdates", seconds: 10);
    }
}
