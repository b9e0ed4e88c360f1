using System.Text.Json;
using FactCheck.Discord.Model;

namespace FactCheck.Discord.Rest;

/// <summary>The few Discord endpoints the bot uses, each a typed call over <see cref="DiscordRestClient"/>.</summary>
internal sealed class DiscordApi(DiscordRestClient rest)
{
    public bool IsUnauthorized => rest.IsUnauthorized;

    /// <summary>GET /gateway/bot: the gateway URL to connect to, or null (the result says why).</summary>
    public async Task<(Uri? Url, RestResult Result)> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        var result = await rest.SendAsync(new RestRequest(HttpMethod.Get, "gateway/bot", "GET gateway/bot", ""), cancellationToken);
        var url = result.IsOk && result.Body.ValueKind == JsonValueKind.Object && result.Body.TryGetProperty("url", out var u)
            && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed)
            ? parsed
            : null;
        return (url, result);
    }

    public Task<RestResult> CreateMessageAsync(string channelId, CreateMessage message, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Post, $"channels/{channelId}/messages", "POST channels/{channel}/messages", channelId, message),
            cancellationToken);

    /// <summary>POST /channels/{id}/messages with a file attached (an image tip, to the reviewers).</summary>
    public Task<RestResult> CreateMessageAsync(string channelId, CreateMessage message, RestFile file, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Post, $"channels/{channelId}/messages", "POST channels/{channel}/messages", channelId, message, File: file),
            cancellationToken);

    public Task<RestResult> GetMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Get, $"channels/{channelId}/messages/{messageId}", "GET channels/{channel}/messages/{message}", channelId),
            cancellationToken);

    public Task<RestResult> RespondAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(
                HttpMethod.Post,
                $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback",
                "POST interactions/{interaction}/{token}/callback",
                interactionId,
                response,
                Authorized: false),
            cancellationToken);

    public Task<RestResult> EditOriginalResponseAsync(string applicationId, string token, InteractionMessage message, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(
                HttpMethod.Patch,
                $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original",
                "PATCH webhooks/{application}/{token}/messages/@original",
                applicationId + "/" + token,
                message,
                Authorized: false),
            cancellationToken);

    /// <summary>POST /webhooks/{app}/{token}: a further message answering an interaction (an ephemeral one with flag 64).</summary>
    public Task<RestResult> CreateFollowupAsync(string applicationId, string token, InteractionMessage message, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(
                HttpMethod.Post,
                $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}",
                "POST webhooks/{application}/{token}",
                applicationId + "/" + token,
                message,
                Authorized: false),
            cancellationToken);

    /// <summary>POST /users/@me/channels: the DM channel with a user (Discord returns the existing one if there is one).</summary>
    public Task<RestResult> OpenDmAsync(string userId, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Post, "users/@me/channels", "POST users/@me/channels", string.Empty, new { recipient_id = userId }),
            cancellationToken);

    /// <summary>PUT the full command list: globally, or on one server where changes apply at once.</summary>
    public Task<RestResult> OverwriteCommandsAsync(string applicationId, string? guildId, object commands, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"applications/{applicationId}/commands"
            : $"applications/{applicationId}/guilds/{guildId}/commands";
        var route = guildId is null ? "PUT applications/{application}/commands" : "PUT applications/{application}/guilds/{guild}/commands";
        return rest.SendAsync(new RestRequest(HttpMethod.Put, path, route, applicationId, commands), cancellationToken);
    }
}
