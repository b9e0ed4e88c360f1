using FactCheck.Core.Storage;
using FactCheck.Telegram.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Hosting;

/// <summary>The adapter's hosted service: introduces the bot, then receives updates by polling or webhook as configured.</summary>
/// <remarks>A stop ends the receiving at once; the updates being handled get until the host stops waiting
/// (HostOptions.ShutdownTimeout) to finish, then they are cancelled. With a leader lock in the store, only the
/// instance holding it polls (Telegram allows one getUpdates caller per bot); the others stand by and take over.</remarks>
internal sealed partial class TelegramBotService(
    BotStartup startup,
    PollingLoop polling,
    WebhookLoop webhook,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramBotService> logger,
    ILeaderLock? leaders = null) : BackgroundService
{
    /// <summary>The name of the lock the polling instance holds.</summary>
    public const string PollerLock = "telegram-poller";

    // A standing-by instance asks this often, so it takes over within the 10 s the issue allows (a dead leader's lock is
    // free as soon as the store sees its connection gone).
    private static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var giveUp = cancellationToken.Register(abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
            await (options.Value.Mode == TelegramMode.Webhook ? webhook.RunAsync(stoppingToken, abort.Token)
                : leaders is null ? polling.RunAsync(stoppingToken, abort.Token)
                : PollWhileLeaderAsync(leaders, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    private async Task PollWhileLeaderAsync(ILeaderLock locks, CancellationToken stoppingToken)
    {
        var standingBy = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ILeadership? leadership = null;
            try
            {
                leadership = await locks.TryAcquireAsync(PollerLock, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLockFailed(e);
            }

            if (leadership is null)
            {
                if (!standingBy)
                {
                    LogStandingBy();
                    standingBy = true;
                }

                await Task.Delay(StandbyRetry, time, stoppingToken);
                continue;
            }

            await using (leadership)
            {
                LogLeading();
                standingBy = false;
                using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leadership.Lost);
                await polling.RunAsync(leading.Token, abort.Token);
                if (leadership.Lost.IsCancellationRequested)
                {
                    LogLost();
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance polls Telegram; standing by to take over")]
    private partial void LogStandingBy();

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance now polls Telegram (it holds the poller lock)")]
    private partial void LogLeading();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The poller lock could no longer be vouched for; stopped polling and trying to take it again")]
    private partial void LogLost();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask the store for the poller lock; trying again")]
    private partial void LogLockFailed(Exception exception);
}
