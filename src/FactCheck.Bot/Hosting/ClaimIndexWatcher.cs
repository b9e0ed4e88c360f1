using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Keeps the running bot's index level with the store: polls the store's change sequence and applies what
/// another process (an `import`, a `tips publish`, a feed) changed, so a new claim is answered within seconds.</summary>
internal sealed partial class ClaimIndexWatcher(
    CheckService checkService,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<ClaimIndexWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.IndexPollMilliseconds);
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
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
                await Task.Delay(interval, time, stoppingToken);
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
