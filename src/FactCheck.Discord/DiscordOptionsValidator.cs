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

        return o.MaxConcurrentHandlers < 1 ? "Discord:MaxConcurrentHandlers must be at least 1." : null;
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
