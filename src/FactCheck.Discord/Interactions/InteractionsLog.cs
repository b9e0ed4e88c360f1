using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Interactions;

/// <summary>Log lines of the HTTP interactions endpoint: statuses and reasons, never a body or a header's value.</summary>
internal static partial class InteractionsLog
{
    [LoggerMessage(1301, LogLevel.Information, "Discord interactions endpoint listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(1302, LogLevel.Information, "Refused an interactions request with 401: signature {Reason}")]
    public static partial void SignatureRefused(ILogger logger, SignatureCheck reason);

    [LoggerMessage(1303, LogLevel.Information, "Refused an interactions request with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(1304, LogLevel.Warning, "An interaction was not answered within Discord's 3 seconds; answered 503")]
    public static partial void TooSlow(ILogger logger);

    [LoggerMessage(1305, LogLevel.Error, "Handling an interaction received over HTTP failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(1306, LogLevel.Debug, "An interaction over HTTP needed no answer from its handler (a repeat, or an unknown command or button)")]
    public static partial void NothingToAnswer(ILogger logger);
}
