using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Keeps the running bot's index level with the store: polls the store's change sequence and applies what
/// another process (an `import`, a `tips publish`, a feed) changed, so a new claim is answered within seconds. A store
/// that announces changes (PostgreSQL's LISTEN/NOTIFY) wakes it at once; the poll stays as the fallback.</summary>
internal sealed partial class ClaimIndexWatcher(
    CheckService checkService,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<ClaimIndexWatcher> logger,
    IClaimChangeSignal? changes = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.IndexPollMilliseconds);
        var failing = false;
        Task? announced = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before catching up, so a change announced while catching up wakes the next round at once; kept
            // across quiet rounds, so waiting adds nothing per round.
            if (changes is not null && announced is null or { IsCompleted: true })
            {
                announced = changes.NextChangeAsync(stoppingToken);
            }

            try
            {
                await checkService.RefreshAsync(stoppingToken);
                failing = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A locked or briefly unreadable store must not stop the watcher; say so once per failing spell.
                if (!failing)
                {
                    LogRefreshFailed(logger, e);
                }

                failing = true;
            }

            try
            {
                var poll = Task.Delay(interval, time, stoppingToken);
                await (announced is null ? poll : Task.WhenAny(poll, announced));
                stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up with the store's claim changes failed; retrying.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
