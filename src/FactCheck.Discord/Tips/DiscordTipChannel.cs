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

    /// <summary>How long a message already on its way may still finish when the host stops.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    public async Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
    {
        // Stopping: start nothing new; what is pending stays pending for the next start.
        cancellationToken.ThrowIfCancellationRequested();
        var dm = await api.OpenDmAsync(notification.Message.Asker.UserId, cancellationToken);
        if (!dm.IsOk || dm.Body.String("id") is not { } channelId)
        {
            return Outcome(dm);
        }

        // A stop must not cut the post short once it may have reached Discord: the user would have the message while
        // the outbox, never told, sends it again after the restart. It gets a few seconds to finish.
        using var grace = new CancellationTokenSource();
        await using var onStop = cancellationToken.Register(() => grace.CancelAfter(StopGrace));
        var content = DiscordContent.Fit(notification.Heading + "\n" + notification.Footer);
        var message = new CreateMessage(renderer.Render(notification.Report), AllowedMentions.None, Content: content);
        return Outcome(await api.CreateMessageAsync(channelId, message, grace.Token));
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
