using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Hosting;

/// <summary>Long polling: getUpdates from the stored offset, hand the updates to <see cref="UpdateLanes"/> (chats side by
/// side, each chat in order), store the offset as updates are done; back off while the API is unreachable.</summary>
internal sealed partial class PollingLoop(
    ITelegramBotClient bot,
    UpdateRouter router,
    ChatSettings settings,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<PollingLoop> logger,
    PlatformReadiness? readiness = null)
{
    /// <summary>The update types the adapter acts on; the rest are not even fetched.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.InlineQuery, UpdateType.CallbackQuery];

    // While updates are being handled they stay unconfirmed, so getUpdates answers at once with them; new updates of
    // other chats are then asked for after this pause (or as soon as one is done), which bounds their extra wait.
    private static readonly TimeSpan RepollDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Polls until <paramref name="stopping"/>; updates being handled then finish, until <paramref name="abort"/>.</summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        readiness?.Expect("telegram");
        await DropWebhookAsync(stopping);
        var window = new OffsetWindow(await settings.GetOffsetAsync(stopping));
        LogPolling(window.Offset ?? 0);
        using var lanes = new UpdateLanes(HandleAsync, options.Value.MaxConcurrentUpdates, logger, stopping, abort);
        try
        {
            await PollAsync(window, lanes, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: no more polls, and nothing not yet started is started.
        }

        LogStopping(lanes.Pending);
        await lanes.DrainAsync();
        await StoreOffsetAsync(window);

        async Task HandleAsync(Update update, CancellationToken cancellationToken)
        {
            await router.HandleAsync(update, cancellationToken);
            window.Finish(update.Id);
        }
    }

    private async Task PollAsync(OffsetWindow window, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            // The offset is the first update not done: asking with it confirms only finished updates to Telegram,
            // so one still being handled when the bot dies is delivered again (the handled ids stop a second answer).
            var offset = window.Offset;
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, cancellationToken);
                readiness?.Connected("telegram");
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
                readiness?.Disconnected("telegram", "getUpdates failing");
                BotMetrics.TelegramPollFailed();
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

            var fresh = 0;
            foreach (var update in updates)
            {
                // Updates still being handled come back until they are confirmed; a server re-sending old ones gets nothing either.
                if (window.TryAdmit(update.Id))
                {
                    fresh++;
                    await lanes.DispatchAsync(update, cancellationToken);
                }
            }

            await StoreOffsetAsync(window);
            if (fresh == 0 && updates.Length > 0)
            {
                await window.WaitForMoveAsync(RepollDelay, time, cancellationToken);
                await StoreOffsetAsync(window);
            }
        }
    }

    private async Task StoreOffsetAsync(OffsetWindow window)
    {
        if (window.TakeUnstored() is not { } offset)
        {
            return;
        }

        try
        {
            // Not cancelled by shutdown: the updates below it are done, and forgetting that would only cost a redelivery.
            await settings.SetOffsetAsync(offset, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Polling goes on from the offset in memory; after a restart the handled ids catch the repeats.
            LogOffsetNotSaved(e, offset);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped polling; letting the updates being handled finish ({Pending} dispatched)")]
    private partial void LogStopping(int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "deleteWebhook failed; polling anyway")]
    private partial void LogDeleteWebhookFailed(Exception exception);
}
