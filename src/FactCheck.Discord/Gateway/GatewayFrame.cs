namespace FactCheck.Discord.Gateway;

/// <summary>A whole message from the gateway, or the close frame that ended the connection.</summary>
internal sealed record GatewayFrame(byte[]? Payload, int? CloseCode, string? CloseReason)
{
    public bool IsClose => Payload is null;

    public static GatewayFrame Message(byte[] payload) => new(payload, null, null);

    public static GatewayFrame Closed(int? code, string? reason) => new(null, code, reason);
}
