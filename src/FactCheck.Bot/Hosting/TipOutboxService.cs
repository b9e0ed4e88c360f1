using FactCheck.Core.Checking.Log;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Runs the tipline in the background: one delivery loop per registered platform channel for the askers'
/// verdicts and the reviewers' notices (woken by
/// <see cref="TipOutboxSignal"/>, else polling for rows another process enqueued), and the daily retention purge.</summary>
internal sealed partial class TipOutboxService(
    IEnumerable<ITipNotificationChannel> channels,
    TipOutbox outbox,
    ReviewerNotices notices,
    TipOutboxSignal signal,
    TipOutboxProgress progress,
    TipService tips,
    ICheckLog checks,
    IOptions<TipOptions> options,
    TimeProvider time,
    ILogger<TipOutboxService> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([.. channels.Select(c => DeliverLoopAsync(c, stoppingToken)), PurgeLoopAsync(stoppingToken)]);

    private async Task DeliverLoopAsync(ITipNotificationChannel channel, CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.OutboxPollSeconds));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextPulse;
            var wait = poll;
            try
            {
                var verdicts = await outbox.DeliverPendingAsync(channel, Batch, stoppingToken);
                var posts = await notices.DeliverPendingAsync(channel, Batch, stoppingToken);
                var pass = new OutboxPass(verdicts.Sent + posts.Sent, verdicts.Dropped + posts.Dropped, verdicts.Deferred || posts.Deferred);
                failures = 0;
                Core.Hosting.BotMetrics.NotificationsFailed(channel.Platform, verdicts.Dropped);
                if (pass.Sent + pass.Dropped > 0)
                {
                    LogPass(channel.Platform, pass.Sent, pass.Dropped);
                }

                if (pass.Deferred)
                {
                    wait = TimeSpan.FromSeconds(5);
                }
                else if (!pass.Idle)
                {
                    continue; // A full batch may have more behind it.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                wait = TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, Math.Min(failures, 6))));
                LogPassFailed(e, channel.Platform, wait.TotalSeconds);
            }
            finally
            {
                progress.Completed(channel.Platform);
            }

            await WaitAsync(wake, wait, deferred: wait != poll, stoppingToken);
        }
    }

    // After a deferral or failure only the clock wakes the loop; otherwise a pulse does too.
    private async Task WaitAsync(Task wake, TimeSpan wait, bool deferred, CancellationToken stoppingToken)
    {
        try
        {
            var delay = Task.Delay(wait, time, stoppingToken);
            await (deferred ? delay : Task.WhenAny(wake, delay));
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task PurgeLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), time);
        do
        {
            try
            {
                var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
                var purgedTips = await tips.PurgeExpiredAsync(stoppingToken);
                var purgedChecks = await checks.PurgeAsync(cutoff, stoppingToken);
                if (purgedTips + purgedChecks > 0)
                {
                    LogPurged(purgedTips, purgedChecks, options.Value.RetentionDays);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPurgeFailed(e);
            }
        }
        while (await WaitTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tip notifications on {Platform}: {Sent} sent, {Dropped} undeliverable")]
    private partial void LogPass(string platform, int sent, int dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering tip notifications on {Platform} failed; retrying in {Seconds} s")]
    private partial void LogPassFailed(Exception exception, string platform, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: purged {Tips} tips and {Checks} check records older than {Days} days")]
    private partial void LogPurged(int tips, int checks, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention purge failed; it runs again tomorrow")]
    private partial void LogPurgeFailed(Exception exception);
}
