using FactCheck.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord;

/// <summary>Checks the Discord options at start, failing with one line that says which setting to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            // Without a token the adapter is not started, so nothing else matters.
            return ValidateOptionsResult.Skip;
        }

        var failure = FirstFailure(options);
        return failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failure);
    }

    private static string? FirstFailure(DiscordOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.ApplicationId))
        {
            return "Discord:ApplicationId is required when Discord:Token is set (copy the Application ID from the Developer Portal).";
        }

        if (!IsSnowflake(o.ApplicationId))
        {
            return $"Discord:ApplicationId must be a numeric id, not '{o.ApplicationId}'.";
        }

        if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            return $"Discord:ApiBaseUrl must be an absolute http(s) URL, not '{o.ApiBaseUrl}'.";
        }

        if (!string.IsNullOrWhiteSpace(o.GatewayUrl)
            && (!Uri.TryCreate(o.GatewayUrl, UriKind.Absolute, out var gw) || (gw.Scheme != "wss" && gw.Scheme != "ws")))
        {
            return $"Discord:GatewayUrl must be an absolute ws(s) URL, not '{o.GatewayUrl}'.";
        }

        if (!string.IsNullOrWhiteSpace(o.GuildId) && !IsSnowflake(o.GuildId))
        {
            return $"Discord:GuildId must be a numeric server id, not '{o.GuildId}'.";
        }

        if (o.ShardCount < 1 || o.ShardId < 0 || o.ShardId >= o.ShardCount)
        {
            return $"Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got {o.ShardId} of {o.ShardCount}).";
        }

        if (o.InteractionDeferAfter < TimeSpan.Zero || o.InteractionDeferAfter > TimeSpan.FromSeconds(2.5))
        {
            return "Discord:InteractionDeferAfter must be between 0 and 2.5 seconds (Discord wants an answer within 3).";
        }

        if (o.MaxConcurrentHandlers < 1)
        {
            return "Discord:MaxConcurrentHandlers must be at least 1.";
        }

        return o.ServesInteractionsOverHttp ? InteractionsFailure(o) : null;
    }

    private static string? InteractionsFailure(DiscordOptions o)
    {
        if (!Uri.TryCreate(o.InteractionsListen, UriKind.Absolute, out var listen) || listen.Scheme != Uri.UriSchemeHttp
            || listen.AbsolutePath != "/" || listen.Query.Length > 0)
        {
            // TLS is the reverse proxy's job: Kestrel here has no certificate to serve.
            return $"Discord:InteractionsListen must be an http://host:port address (TLS ends at your proxy), not '{o.InteractionsListen}'.";
        }

        if (string.IsNullOrWhiteSpace(o.PublicKey))
        {
            return "Discord:PublicKey is required when Discord:InteractionsListen is set (copy the Public Key from the Developer Portal's General Information).";
        }

        return InteractionSignature.TryParsePublicKey(o.PublicKey, out _)
            ? null
            : "Discord:PublicKey must be the application's Ed25519 public key: 64 hex digits from the Developer Portal.";
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
