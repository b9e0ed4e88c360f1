using FactCheck.Core.Tips.Outbox;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Tips;

/// <summary>Tells a Discord asker their tip's verdict: in their DM, the heading and footer as text and the cited
/// verdict as the same embeds a check answers with, through the rate-limited REST client.</summary>
/// <remarks>The DM is opened with POST /users/@me/channels every time (Discord returns the existing channel), so a tip
/// submitted in a server channel is never answered there, in front of others.</remarks>
internal sealed class DiscordTipChannel(DiscordApi api, DiscordEmbedRenderer renderer, ILogger<DiscordTipChannel> logger) : ITipNotificationChannel
{
    /// <summary>Discord's JSON error code for "Cannot send messages to this user" (DMs closed, bot blocked).</summary>
    public const int CannotMessageUser = 50007;

    public string Platform => TipCaller.Platform;

    public async Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
    {
        // The outbox starts nothing new once the host stops, and lets a send on its way finish within a grace period
        // (TipOutbox.StopGrace), so this token is cancelled only when that has run out.
        var dm = await api.OpenDmAsync(notification.Message.Asker.UserId, cancellationToken);
        if (!dm.IsOk || dm.Body.String("id") is not { } channelId)
        {
            return Outcome(dm);
        }

        var content = DiscordContent.Fit(notification.Heading + "\n" + notification.Footer);
        var message = new CreateMessage(renderer.Render(notification.Report), AllowedMentions.None, Content: content);
        return Outcome(await api.CreateMessageAsync(channelId, message, cancellationToken));
    }

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
