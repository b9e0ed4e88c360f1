namespace FactCheck.Discord.Gateway;

/// <summary>Waits of the gateway client; tests shorten them, production uses <see cref="Default"/>.</summary>
internal sealed record GatewayTiming(
    TimeSpan BackoffStart,
    TimeSpan BackoffCap,
    TimeSpan InvalidSessionMinDelay,
    TimeSpan InvalidSessionMaxDelay,
    TimeSpan HelloTimeout)
{
    /// <summary>Backoff 1 s doubling to 60 s; 1-5 s after an invalid session, as Discord asks.</summary>
    public static GatewayTiming Default { get; } = new(
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(60),
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(30));
}
