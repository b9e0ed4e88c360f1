using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Gateway;

/// <summary>Log lines of the gateway client; none carries the token or message text.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1001, LogLevel.Information, "Discord gateway connected to {Host} ({Resume})")]
    private static partial void ConnectedCore(ILogger logger, string host, string resume);

    public static void Connected(ILogger logger, string host, bool resume) => ConnectedCore(logger, host, resume ? "resuming" : "identifying");

    [LoggerMessage(1002, LogLevel.Information, "Discord gateway ready: new session")]
    public static partial void Ready(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "Discord gateway session resumed (now at sequence {Sequence})")]
    public static partial void Resumed(ILogger logger, long? sequence);

    [LoggerMessage(1004, LogLevel.Warning, "Discord gateway closed the connection with code {Code} ({Reason})")]
    public static partial void ClosedByServer(ILogger logger, int? code, string? reason);

    [LoggerMessage(1005, LogLevel.Warning, "No heartbeat ACK since the last heartbeat: dropping the zombie connection to resume")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(1006, LogLevel.Warning, "Discord gateway connection lost; will resume")]
    public static partial void ConnectionLost(ILogger logger, Exception exception);

    [LoggerMessage(1007, LogLevel.Warning, "Discord gateway sent no Hello; reconnecting")]
    public static partial void NoHello(ILogger logger);

    [LoggerMessage(1008, LogLevel.Warning, "Skipped a gateway payload that is not valid gateway JSON ({Bytes} bytes)")]
    public static partial void Malformed(ILogger logger, int bytes);

    [LoggerMessage(1009, LogLevel.Information, "Discord asked the bot to reconnect (op 7); resuming")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(1010, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(1011, LogLevel.Debug, "Ignored unknown gateway opcode {Op}")]
    public static partial void UnknownOpcode(ILogger logger, int op);

    [LoggerMessage(1012, LogLevel.Warning, "Event queue full: dropped a {Type} event")]
    public static partial void DispatchDropped(ILogger logger, string type);

    [LoggerMessage(1013, LogLevel.Critical, "{Message}. The Discord adapter has stopped and will not reconnect.")]
    public static partial void Fatal(ILogger logger, string message);

    [LoggerMessage(1014, LogLevel.Information, "Reconnecting to the Discord gateway in {Delay}")]
    public static partial void Backoff(ILogger logger, TimeSpan delay);
}
