using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Tips;

/// <summary>Tells a Discord asker their tip's verdict: in their DM, the heading and footer as text and the cited
/// verdict as the same embeds a check answers with, through the rate-limited REST client.</summary>
/// <remarks>The DM is opened with POST /users/@me/channels on a user's first notification and its id kept in memory
/// (<see cref="DmChannelCache"/>), so a tip submitted in a server channel is never answered there, in front of others.
/// A kept channel Discord answers 404 or 403 for is forgotten; on a 404 (Unknown Channel) it is opened again at once.</remarks>
internal sealed class DiscordTipChannel(DiscordApi api, DiscordEmbedRenderer renderer, ILogger<DiscordTipChannel> logger) : ITipNotificationChannel
{
    /// <summary>Discord's JSON error code for "Cannot send messages to this user" (DMs closed, bot blocked).</summary>
    public const int CannotMessageUser = 50007;

    /// <summary>Discord's JSON error code for "Unknown Channel".</summary>
    public const int UnknownChannel = 10003;

    private readonly DmChannelCache dms = new();

    public string Platform => FactCheck.Core.Conversation.Platform.Discord.Name;

    public async Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
    {
        // The outbox starts nothing new once the host stops, and lets a send on its way finish within a grace period
        // (TipOutbox.StopGrace), so this token is cancelled only when that has run out.
        var userId = notification.Message.Asker.UserId;
        var content = DiscordContent.Fit(notification.Heading + "\n" + notification.Footer);
        var message = new CreateMessage(renderer.Render(notification.Report), AllowedMentions.None, Content: content);
        var known = dms.TryGet(userId, out var channelId);
        if (!known)
        {
            var opened = await OpenDmAsync(userId, cancellationToken);
            if (opened.ChannelId is null)
            {
                return Outcome(opened.Result);
            }

            channelId = opened.ChannelId;
        }

        var sent = await api.CreateMessageAsync(channelId!, message, cancellationToken);
        if (known && IsUnknownChannel(sent))
        {
            // A kept channel Discord no longer knows: open the DM again, once, and send there.
            dms.Forget(userId);
            var reopened = await OpenDmAsync(userId, cancellationToken);
            if (reopened.ChannelId is null)
            {
                return Outcome(reopened.Result);
            }

            sent = await api.CreateMessageAsync(reopened.ChannelId, message, cancellationToken);
        }

        if (sent.HttpStatus is 403 or 404 || IsUnknownChannel(sent))
        {
            dms.Forget(userId);
        }

        return Outcome(sent);
    }

    /// <summary>Posts a reviewers' notice in a reviewers' channel; retried by the outbox when Discord asks to wait.</summary>
    public async Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        var message = new CreateMessage([], AllowedMentions.None, Content: DiscordContent.From(text));
        return Outcome(await api.CreateMessageAsync(chatId, message, cancellationToken));
    }

    /// <summary>Posts a reviewers' notice with the tip's image attached.</summary>
    public async Task<DeliveryOutcome> PostNoticeAsync(string chatId, string text, TipImage image, long tipId, CancellationToken cancellationToken)
    {
        var message = new CreateMessage([], AllowedMentions.None, Content: DiscordContent.From(text));
        var file = new RestFile(image.FileName(tipId), image.MediaType, image.Bytes);
        return Outcome(await api.CreateMessageAsync(chatId, message, file, cancellationToken));
    }

    private async Task<(string? ChannelId, RestResult Result)> OpenDmAsync(string userId, CancellationToken cancellationToken)
    {
        var dm = await api.OpenDmAsync(userId, cancellationToken);
        if (!dm.IsOk || dm.Body.String("id") is not { } channelId)
        {
            return (null, dm);
        }

        dms.Remember(userId, channelId);
        return (channelId, dm);
    }

    private static bool IsUnknownChannel(RestResult result) =>
        result.HttpStatus == 404 || (result.Body.ValueKind == System.Text.Json.JsonValueKind.Object && result.Body.Int("code") == UnknownChannel);

    /// <summary>Sent; RetryLater when Discord may take it later (limits, its errors, no network, a token to fix);
    /// Undeliverable when it never will (50007, 403, 404, or a request it refuses as such).</summary>
    public DeliveryOutcome Outcome(RestResult result)
    {
        if (result.IsOk)
        {
            return DeliveryOutcome.Sent;
        }

        var code = result.Body.ValueKind == System.Text.Json.JsonValueKind.Object ? result.Body.Int("code") : null;
        var outcome = result.HttpStatus is 0 or 401 or 408 or 429 or >= 500 && code != CannotMessageUser
            ? DeliveryOutcome.RetryLater
            : DeliveryOutcome.Undeliverable;
        AdapterLog.NotDelivered(logger, result.HttpStatus, code, outcome);
        return outcome;
    }
}
