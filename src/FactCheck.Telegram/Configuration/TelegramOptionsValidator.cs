using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Configuration;

/// <summary>Checks the Telegram section at start so that a bad value stops the host with one clear line.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        // Each message names the setting and never repeats its value: a token must not reach a log.
        if (!TokenFormat().IsMatch(options.Token))
        {
            return ValidateOptionsResult.Fail("Telegram:Token does not look like a bot token from @BotFather (digits, a colon, then letters, digits, _ or -).");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            return ValidateOptionsResult.Fail("Telegram:ApiBaseUrl must be an absolute http(s) URL, e.g. https://api.telegram.org.");
        }

        if (options.ChecksPerUserPerMinute < 1 || options.AutocheckRepliesPerGroupPerHour < 0)
        {
            return ValidateOptionsResult.Fail("Telegram:ChecksPerUserPerMinute must be at least 1 and Telegram:AutocheckRepliesPerGroupPerHour at least 0.");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50 || options.MaxBackoffSeconds < 1)
        {
            return ValidateOptionsResult.Fail("Telegram:PollTimeoutSeconds must be between 0 and 50 and Telegram:MaxBackoffSeconds at least 1.");
        }

        if (options.UpdateClaimSeconds is < 5 or > 3600)
        {
            return ValidateOptionsResult.Fail("Telegram:UpdateClaimSeconds must be between 5 and 3600.");
        }

        if (options.MaxConcurrentUpdates is < 1 or > 100)
        {
            return ValidateOptionsResult.Fail("Telegram:MaxConcurrentUpdates must be between 1 and 100.");
        }

        return options.Mode == TelegramMode.Webhook ? ValidateWebhook(options) : ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult ValidateWebhook(TelegramOptions options)
    {
        if (!IsHttpUrl(options.WebhookUrl))
        {
            return ValidateOptionsResult.Fail("Telegram:WebhookUrl must be the public https URL Telegram posts updates to (Telegram:Mode is Webhook).");
        }

        if (options.WebhookSecret is null || !SecretFormat().IsMatch(options.WebhookSecret))
        {
            return ValidateOptionsResult.Fail("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram:Mode is Webhook).");
        }

        var listen = options.WebhookListen;
        if (listen is null || !listen.StartsWith("http", StringComparison.OrdinalIgnoreCase) || !listen.EndsWith('/'))
        {
            return ValidateOptionsResult.Fail("Telegram:WebhookListen must be an http(s) address ending in '/', e.g. http://+:8443/telegram/ (Telegram:Mode is Webhook).");
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$")]
    private static partial Regex TokenFormat();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretFormat();
}
