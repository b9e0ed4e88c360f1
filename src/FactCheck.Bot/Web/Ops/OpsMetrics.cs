using FactCheck.Core.Checking;
using FactCheck.Core.Desk;
using FactCheck.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Web.Ops;

/// <summary>The gauges /metrics reads from the running bot: the index's size and age, the outbox's pending count.</summary>
internal static class OpsMetrics
{
    private static int pending = -1;

    /// <summary>Points the gauges at this bot's services (called when its web server starts).</summary>
    public static void Register(IServiceProvider bot)
    {
        var checker = bot.GetRequiredService<CheckService>();
        var time = bot.GetRequiredService<TimeProvider>();
        var advanced = time.GetUtcNow();
        checker.IndexAdvanced += (_, _) => advanced = time.GetUtcNow();
        BotMetrics.Observe("factcheck.index.claims", "{claim}", "Claims in the search index.", () => checker.Matcher?.Index.Claims.Count);
        BotMetrics.Observe("factcheck.index.age", "s", "Seconds since the index last took in the store's changes (or was loaded).",
            () => checker.Matcher is null ? null : (time.GetUtcNow() - advanced).TotalSeconds);
        BotMetrics.Observe("factcheck.outbox.pending", "{notification}", "Tip notifications waiting to be delivered.",
            () => Volatile.Read(ref pending) is var p and >= 0 ? p : null);
    }

    /// <summary>Reads the store's counts before a scrape; a failing store leaves the last value.</summary>
    public static async Task RefreshAsync(DeskServices? services, CancellationToken cancellationToken)
    {
        if (services?.Find<IDeskStore>() is not { } store)
        {
            return;
        }

        try
        {
            Volatile.Write(ref pending, await store.CountPendingNotificationsAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // /readyz reports the store; the metric keeps its last reading.
        }
    }
}
