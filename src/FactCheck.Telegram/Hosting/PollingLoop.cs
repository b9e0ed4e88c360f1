using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Hosting;

/// <summary>Long polling: getUpdates from the stored offset, handle, store the next offset; back off while the API is unreachable.</summary>
internal sealed partial class PollingLoop(
    ITelegramBotClient bot,
    UpdateRouter router,
    ChatSettings settings,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<PollingLoop> logger)
{
    /// <summary>The update types the adapter acts on; the rest are not even fetched.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.InlineQuery, UpdateType.CallbackQuery];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        await DropWebhookAsync(cancellationToken);
        var offset = await settings.GetOffsetAsync(cancellationToken);
        LogPolling(offset ?? 0);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, cancellationToken);
                backoff.Reset();
                if (failures > 0)
                {
                    LogReconnected(failures, offset ?? 0);
                    failures = 0;
                }
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429 && e.Parameters?.RetryAfter is { } seconds)
            {
                LogTooManyRequests(seconds);
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, cancellationToken);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Network down, API unavailable, a webhook still set (409): the same offset is asked for again later.
                // The first failure of an outage is a warning; the retries that follow would only flood the log.
                if (failures++ == 0)
                {
                    LogPollFailed(e, offset ?? 0);
                }
                else
                {
                    LogPollFailedAgain(e, failures);
                }

                await backoff.WaitAsync(time, cancellationToken);
                continue;
            }

            foreach (var update in updates)
            {
                await router.HandleAsync(update, cancellationToken);
                if (update.Id + 1 <= offset)
                {
                    // A server that re-sends old updates must not move the offset back; the router already skipped them.
                    continue;
                }

                offset = update.Id + 1;

                try
                {
                    // Not cancelled by shutdown: the update is handled, and forgetting that would only cost a redelivery.
                    await settings.SetOffsetAsync(offset.Value, CancellationToken.None);
                }
                catch (Exception e)
                {
                    // Polling goes on from the offset in memory; after a restart the handled ids catch the repeats.
                    LogOffsetNotSaved(e, offset.Value);
                }
            }
        }
    }

    private async Task DropWebhookAsync(CancellationToken cancellationToken)
    {
        try
        {
            // getUpdates answers 409 while a webhook is set; pending updates are kept.
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        }
        catch (RequestException e)
        {
            LogDeleteWebhookFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling Telegram for updates from offset {Offset}")]
    private partial void LogPolling(int offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates got 429; waiting {Seconds} s")]
    private partial void LogTooManyRequests(int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed (offset {Offset}); retrying with backoff until Telegram answers")]
    private partial void LogPollFailed(Exception exception, int offset);

    [LoggerMessage(Level = LogLevel.Debug, Message = "getUpdates failed again ({Failures} in a row); backing off")]
    private partial void LogPollFailedAgain(Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram reachable again after {Failures} failed polls; resuming from offset {Offset}")]
    private partial void LogReconnected(int failures, int offset);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the polling offset {Offset}")]
    private partial void LogOffsetNotSaved(Exception exception, int offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "deleteWebhook failed; polling anyway")]
    private partial void LogDeleteWebhookFailed(Exception exception);
}
