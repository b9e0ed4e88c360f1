namespace FactCheck.Telegram.Configuration;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates: works behind NAT, needs no public address.</summary>
    Polling,

    /// <summary>Telegram POSTs updates to a public HTTPS URL (a reverse proxy forwards them to our listener).</summary>
    Webhook,
}
