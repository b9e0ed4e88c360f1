using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>Log lines of the adapter; counts and ids only, never a user's message text.</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(1201, LogLevel.Information, "Answered a {Kind} with {Matches} matched claim(s)")]
    public static partial void Answered(ILogger logger, string kind, int matches);

    [LoggerMessage(1202, LogLevel.Warning, "Could not answer a {Kind}: {Status} {Error}")]
    public static partial void NotAnswered(ILogger logger, string kind, int status, string? error);

    [LoggerMessage(1203, LogLevel.Warning, "Skipped a {Event} event without the fields it needs")]
    public static partial void Malformed(ILogger logger, string @event);

    [LoggerMessage(1204, LogLevel.Debug, "Ignored gateway event {Event}")]
    public static partial void Ignored(ILogger logger, string @event);

    [LoggerMessage(1205, LogLevel.Error, "Handling a {Event} event failed")]
    public static partial void HandlerFailed(ILogger logger, string @event, Exception exception);

    [LoggerMessage(1206, LogLevel.Information, "Registered {Count} Discord commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(1207, LogLevel.Warning, "Could not register the Discord commands: {Status} {Error}")]
    public static partial void CommandsNotRegistered(ILogger logger, int status, string? error);

    [LoggerMessage(1208, LogLevel.Information, "Deferred an interaction answer: the check is taking a while")]
    public static partial void Deferred(ILogger logger);

    [LoggerMessage(1209, LogLevel.Warning, "Could not find the Discord gateway URL ({Status} {Error}); retrying")]
    public static partial void NoGatewayUrl(ILogger logger, int status, string? error);

    [LoggerMessage(1210, LogLevel.Critical, "Discord rejected the token (401): set a valid Discord:Token. The Discord adapter has stopped.")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(1211, LogLevel.Information, "Discord adapter starting (shard {ShardId} of {ShardCount})")]
    public static partial void Starting(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(1212, LogLevel.Warning, "A tip notification was not delivered: {Status} (code {Code}); {Outcome}")]
    public static partial void NotDelivered(ILogger logger, int status, int? code, FactCheck.Core.Tips.Outbox.DeliveryOutcome outcome);

    [LoggerMessage(1213, LogLevel.Warning, "An interaction came over the gateway while Discord:InteractionsListen is set, and was ignored: point the Interactions Endpoint URL in the Developer Portal at this endpoint, or clear Discord:InteractionsListen")]
    public static partial void GatewayInteractionIgnored(ILogger logger);
}
