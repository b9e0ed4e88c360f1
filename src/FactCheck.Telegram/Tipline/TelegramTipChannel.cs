using System.Globalization;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;

namespace FactCheck.Telegram.Tipline;

/// <summary>Tells a Telegram asker their tip's verdict: the heading, the verdict rendered as a check's answer, the
/// footer, through <see cref="TelegramSender"/> so the chat limits and 429 waits apply.</summary>
internal sealed partial class TelegramTipChannel(TelegramSender sender, ILogger<TelegramTipChannel> logger) : ITipNotificationChannel
{
    public string Platform => ChatSettings.Platform;

    public async Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
    {
        var asker = notification.Message.Asker;
        if (!long.TryParse(asker.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            LogBadChat(notification.Message.Id);
            return DeliveryOutcome.Undeliverable;
        }

        // A one-claim report is one message. Were it ever more, a failure after the first part would send that part
        // again on the retry: a repeat is better than a verdict lost.
        foreach (var part in Compose(notification))
        {
            switch (await sender.SendHtmlAsync(chatId, part, null, cancellationToken))
            {
                case SendOutcome.Sent:
                    continue;
                case SendOutcome.TryLater:
                    return DeliveryOutcome.RetryLater;
                case SendOutcome.ChatUnavailable:
                    // Blocked, or (from a group) the user never started the bot: Telegram lets no bot write first.
                    return DeliveryOutcome.Undeliverable;
                default:
                    // Telegram refused the message itself (logged by the sender); sending it again would be refused again.
                    LogRefused(notification.Message.Id);
                    return DeliveryOutcome.Undeliverable;
            }
        }

        return DeliveryOutcome.Sent;
    }

    /// <summary>Posts a reviewers' notice in a reviewers' chat, retried by the outbox when Telegram asks to wait.</summary>
    public async Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return DeliveryOutcome.Undeliverable;
        }

        foreach (var part in PlainTextParts.Of(text))
        {
            switch (await sender.SendHtmlAsync(id, part, null, cancellationToken))
            {
                case SendOutcome.Sent:
                    continue;
                case SendOutcome.TryLater:
                    return DeliveryOutcome.RetryLater;
                default:
                    LogNoticeNotPosted(id);
                    return DeliveryOutcome.Undeliverable;
            }
        }

        return DeliveryOutcome.Sent;
    }

    /// <summary>Posts a tip's image as a photo, then its notice (the recognised text) as text, in a reviewers' chat.</summary>
    public async Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, TipImage image, long tipId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return DeliveryOutcome.Undeliverable;
        }

        // A photo Telegram will not take (a format it refuses) still leaves the reviewers the text.
        var caption = "#" + tipId.ToString(CultureInfo.InvariantCulture);
        if (await sender.SendPhotoAsync(id, image.Bytes, image.FileName(tipId), caption, cancellationToken) == SendOutcome.TryLater)
        {
            return DeliveryOutcome.RetryLater;
        }

        return await PostNoticeAsync(chatId, text, cancellationToken);
    }

    /// <summary>The messages of a notification: the heading on the first, the footer on the last, each within the limit.</summary>
    public static IReadOnlyList<string> Compose(TipNotification notification)
    {
        var heading = $"<b>{TelegramHtml.Escape(notification.Heading)}</b>";
        var footer = $"<i>{TelegramHtml.Escape(notification.Footer)}</i>";
        var parts = TelegramHtmlRenderer.Render(notification.Report).ToList();
        if (heading.Length + 2 + parts[0].Length <= TelegramHtml.MaxMessageLength)
        {
            parts[0] = heading + "\n\n" + parts[0];
        }
        else
        {
            parts.Insert(0, heading);
        }

        if (parts[^1].Length + 2 + footer.Length <= TelegramHtml.MaxMessageLength)
        {
            parts[^1] += "\n\n" + footer;
        }
        else
        {
            parts.Add(footer);
        }

        return parts;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Tip notification {OutboxId} has no usable Telegram chat id; dropping it")]
    private partial void LogBadChat(long outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not post a tip notice in the reviewers' chat {ChatId}; dropping it")]
    private partial void LogNoticeNotPosted(long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused tip notification {OutboxId}; dropping it")]
    private partial void LogRefused(long outboxId);
}
