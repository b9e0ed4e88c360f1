using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheck.Telegram.Sending;

/// <summary>Sends replies within Telegram's rate limits: waits out a 429, retries network and server failures a few
/// times, shrugs off blocked users and deleted chats, and says which of these happened.</summary>
internal sealed partial class TelegramSender(ITelegramBotClient bot, OutgoingThrottle throttle, SendSpacing spacing, TimeProvider time, ILogger<TelegramSender> logger)
{
    private const int MaxAttempts = 4;
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends HTML, as a reply to <paramref name="replyToMessageId"/> when given (still sent if that message is gone).</summary>
    public Task<SendOutcome> SendHtmlAsync(long chatId, string html, int? replyToMessageId, CancellationToken cancellationToken) =>
        SendHtmlAsync(chatId, html, replyToMessageId, null, cancellationToken);

    /// <summary>Sends HTML as <see cref="SendHtmlAsync(long, string, int?, CancellationToken)"/> does, with <paramref name="buttons"/> under it.</summary>
    public Task<SendOutcome> SendHtmlAsync(long chatId, string html, int? replyToMessageId, InlineKeyboardMarkup? buttons, CancellationToken cancellationToken)
    {
        var reply = replyToMessageId is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        return SendAsync(
            chatId,
            "sendMessage",
            ct => bot.SendMessage(chatId, html, ParseMode.Html, reply, buttons, NoPreview, cancellationToken: ct),
            cancellationToken);
    }

    /// <summary>Sends a photo (an image tip, to the reviewers) with a short plain caption.</summary>
    public Task<SendOutcome> SendPhotoAsync(long chatId, byte[] photo, string fileName, string caption, CancellationToken cancellationToken) =>
        SendAsync(
            chatId,
            "sendPhoto",
            ct => bot.SendPhoto(chatId, InputFile.FromStream(new MemoryStream(photo, writable: false), fileName), caption, cancellationToken: ct),
            cancellationToken);

    /// <summary>Answers a button press; <paramref name="text"/> (at most 200 characters), when given, shows briefly on the user's screen.</summary>
    public Task<SendOutcome> AnswerCallbackAsync(string queryId, string? text, CancellationToken cancellationToken) =>
        SendAsync(null, "answerCallbackQuery", ct => bot.AnswerCallbackQuery(queryId, text, cancellationToken: ct), cancellationToken);

    /// <summary>Removes the buttons under one of our messages, so a pressed button cannot be pressed again.</summary>
    public Task<SendOutcome> RemoveButtonsAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        SendAsync(chatId, "editMessageReplyMarkup", ct => bot.EditMessageReplyMarkup(chatId, messageId, cancellationToken: ct), cancellationToken);

    /// <summary>Answers an inline query; results are cached briefly since fact-checks change rarely.</summary>
    public Task<SendOutcome> AnswerInlineAsync(string queryId, IEnumerable<InlineQueryResult> results, CancellationToken cancellationToken) =>
        SendAsync(null, "answerInlineQuery", ct => bot.AnswerInlineQuery(queryId, results, cacheTime: 60, isPersonal: false, cancellationToken: ct), cancellationToken);

    private async Task<SendOutcome> SendAsync(long? chatId, string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await throttle.WaitAsync(chatId, cancellationToken);
            try
            {
                await call(cancellationToken);
                return SendOutcome.Sent;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                LogTooManyRequests(method, wait.TotalSeconds);
                throttle.Pause(chatId, wait);
                if (attempt == MaxAttempts)
                {
                    // Telegram keeps asking to wait: give up on this attempt, but nothing was delivered.
                    return SendOutcome.TryLater;
                }
            }
            catch (ApiRequestException e) when (e.ErrorCode == 403 || (e.ErrorCode == 400 && e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)))
            {
                LogChatUnavailable(method, e.ErrorCode);
                return SendOutcome.ChatUnavailable;
            }
            catch (ApiRequestException e) when (e.ErrorCode < 500)
            {
                LogRefused(e, method, e.ErrorCode);
                return SendOutcome.Failed;
            }
            catch (RequestException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The network, or a 5xx from Telegram's side: both pass, so a few spaced retries are worth it.
                if (attempt == MaxAttempts)
                {
                    LogGaveUp(e, method);
                    return SendOutcome.TryLater;
                }

                LogNetworkRetry(e, method, attempt);
                await Task.Delay(spacing.RetryStep * attempt, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram said 429 to {Method}; waiting {Seconds} s as it asked")]
    private partial void LogTooManyRequests(string method, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} not delivered: the user blocked the bot or the chat is gone ({Code})")]
    private partial void LogChatUnavailable(string method, int code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused {Method} ({Code})")]
    private partial void LogRefused(Exception exception, string method, int code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} failed on the network or on Telegram's side (attempt {Attempt}); retrying")]
    private partial void LogNetworkRetry(Exception exception, string method, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} kept failing on the network or on Telegram's side; giving up for now")]
    private partial void LogGaveUp(Exception exception, string method);
}
