namespace FactCheck.Discord.Gateway;

/// <summary>Why the gateway client stopped for good: the host stopped it, or Discord refused it.</summary>
/// <param name="CloseCode">The refusing close code; null when the host stopped it.</param>
/// <param name="Message">One line for the operator.</param>
public sealed record GatewayStopReason(int? CloseCode, string Message)
{
    public bool IsFatal => CloseCode is not null;
}
