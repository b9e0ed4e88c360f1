using FactCheck.Telegram.Tipline;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Updates;

/// <summary>Handles each update once, also across restarts, and routes it; one update's failure never stops the next.</summary>
internal sealed partial class UpdateRouter(
    ChatSettings settings,
    MessageHandler messages,
    InlineQueryHandler inline,
    TipButtonHandler buttons,
    ILogger<UpdateRouter> logger)
{
    public Task HandleAsync(Update update, CancellationToken cancellationToken) => HandleAsync(update, markHandled: true, cancellationToken);

    /// <summary>Routes the update; with <paramref name="markHandled"/> false the caller has claimed it already (webhook
    /// mode, IEventClaims), so it is handled again after a crash rather than skipped.</summary>
    public async Task HandleAsync(Update update, bool markHandled, CancellationToken cancellationToken)
    {
        try
        {
            // Marked before handling: after a crash mid-update the user may get no answer, but never the same answer twice.
            // A store that cannot say lands in the catch below, and the update is skipped for the same reason.
            if (markHandled && !await settings.TryMarkHandledAsync(update.Id, cancellationToken))
            {
                LogDuplicate(update.Id);
                return;
            }

            await (update switch
            {
                { Message: { } message } => messages.HandleAsync(message, cancellationToken),
                { InlineQuery: { } query } => inline.HandleAsync(query, cancellationToken),
                { CallbackQuery: { } press } => buttons.HandleAsync(press, cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(e, update.Id, update.Type.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} was already handled; skipping it")]
    private partial void LogDuplicate(int updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} ({UpdateType}) failed")]
    private partial void LogFailed(Exception exception, int updateId, string updateType);
}
