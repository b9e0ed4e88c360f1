namespace FactCheck.Telegram.Configuration;

/// <summary>The `Telegram` configuration section.</summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Telegram";

    /// <summary>The public Bot API.</summary>
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>Bot token from @BotFather (`digits:text`); from the environment, never from a committed file.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Bot API server; tests point it at a fake server on 127.0.0.1.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts updates to (webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token (webhook mode): 1-256 of A-Z a-z 0-9 _ -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the webhook listens, e.g. `http://+:8443/telegram/` behind a TLS proxy: scheme, host and port for Kestrel, and the path.</summary>
    public string? WebhookListen { get; set; }

    /// <summary>Checks one user may ask for per minute; more get a polite "please wait".</summary>
    public int ChecksPerUserPerMinute { get; set; } = 20;

    /// <summary>Unprompted replies autocheck may post in one group per hour: the older name of
    /// Conversation:AutocheckRepliesPerChatPerHour, read when that is not set.</summary>
    public int AutocheckRepliesPerGroupPerHour { get; set; } = 5;

    /// <summary>Updates handled at once, each of a different chat; one chat's updates are always handled in order.</summary>
    public int MaxConcurrentUpdates { get; set; } = 4;

    /// <summary>Long-polling timeout of getUpdates, in seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Longest wait after a network failure before polling again, in seconds.</summary>
    public int MaxBackoffSeconds { get; set; } = 30;

    /// <summary>Webhook mode: how long an instance's claim on an update holds before another instance may take the update
    /// again (the first was killed mid-update), in seconds. Longer than handling one update takes, 429 waits included.</summary>
    public int UpdateClaimSeconds { get; set; } = 120;
}
