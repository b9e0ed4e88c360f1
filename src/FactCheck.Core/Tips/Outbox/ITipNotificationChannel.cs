namespace FactCheck.Core.Tips.Outbox;

/// <summary>A platform adapter's way of telling an asker their tip's verdict; registered by each adapter.</summary>
public interface ITipNotificationChannel
{
    /// <summary>The platform whose outbox rows this channel delivers ("telegram", "discord").</summary>
    string Platform { get; }

    /// <summary>Sends one notification within the platform's limits; never throws for an expected failure.</summary>
    Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken);

    /// <summary>Posts a reviewers' notice (plain text) in one of this platform's reviewers' chats; a platform without
    /// reviewers' chats has nothing to post.</summary>
    Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryOutcome.Undeliverable);

    /// <summary>Posts a reviewers' notice with the tip's image (Telegram: a photo with the text; Discord: an attachment);
    /// a platform that cannot post images posts the text alone.</summary>
    Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, TipImage image, long tipId, CancellationToken cancellationToken) =>
        PostNoticeAsync(chatId, text, cancellationToken);
}
