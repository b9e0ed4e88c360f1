using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Rest;

/// <summary>Log lines of the REST client; routes are logged with their ids as placeholders, never tokens.</summary>
internal static partial class RestLog
{
    [LoggerMessage(1101, LogLevel.Warning, "Discord rate limit on {Route}: retrying after {RetryAfter} (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(1102, LogLevel.Critical, "Discord answered 401 Unauthorized: Discord:Token is wrong or was reset. No more requests are sent with it.")]
    public static partial void Unauthorized(ILogger logger);

    [LoggerMessage(1103, LogLevel.Warning, "Discord server error {Status} on {Route}; retrying")]
    public static partial void ServerError(ILogger logger, string route, int status);

    [LoggerMessage(1104, LogLevel.Warning, "Discord refused {Route}: {Status} {Error}")]
    public static partial void Refused(ILogger logger, string route, int status, string? error);

    [LoggerMessage(1105, LogLevel.Warning, "Gave up on {Route} after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, string route, int attempts);

    [LoggerMessage(1106, LogLevel.Warning, "Could not reach Discord for {Route}")]
    public static partial void Transport(ILogger logger, string route, Exception exception);
}
