using System.Collections.Concurrent;
using System.Net;
using FactCheck.Core.Storage;
using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Hosting;

/// <summary>Webhook updates claimed in the store before they are handled, and answered only once handled (see
/// <see cref="WebhookLoop"/>); <see cref="Enabled"/> only when the store has <see cref="IEventClaims"/>.</summary>
internal sealed partial class ClaimedUpdates(
    UpdateRouter router,
    IOptions<TelegramOptions> options,
    ILogger<ClaimedUpdates> logger,
    IEventClaims? claims = null)
{
    // Claimed updates dispatched and not yet handled: their webhook calls wait on these to answer.
    private readonly ConcurrentDictionary<int, TaskCompletionSource> handling = new();

    public bool Enabled => claims is not null;

    public async Task<HttpStatusCode> ClaimAndHandleAsync(Update update, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        var claim = await claims!.TryClaimAsync(ChatSettings.Platform, UpdateEvent(update), TimeSpan.FromSeconds(options.Value.UpdateClaimSeconds), cancellationToken);
        if (claim != EventClaim.Claimed)
        {
            LogNotClaimed(update.Id, claim);
            return claim == EventClaim.Done ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable;
        }

        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        handling[update.Id] = handled;
        try
        {
            await lanes.DispatchAsync(update, cancellationToken);
        }
        catch
        {
            // Not dispatched (stopping): unanswered, it comes again, and this claim runs out.
            handling.TryRemove(update.Id, out _);
            throw;
        }

        try
        {
            // Not cut short by stopping: the lanes finish what was dispatched, and the answer follows.
            await handled.Task;
            return HttpStatusCode.OK;
        }
        catch (InvalidOperationException)
        {
            return HttpStatusCode.InternalServerError;
        }
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            await router.HandleAsync(update, markHandled: false, cancellationToken);
            await claims!.CompleteAsync(ChatSettings.Platform, UpdateEvent(update), CancellationToken.None);
            Finish(update, handled: true);
        }
        catch (Exception e)
        {
            // Not acknowledged: Telegram delivers it again, and the claim, not completed, runs out.
            LogCompleteFailed(e, update.Id);
            Finish(update, handled: false);
        }
    }

    private void Finish(Update update, bool handled)
    {
        if (handling.TryRemove(update.Id, out var waiting))
        {
            _ = handled ? waiting.TrySetResult() : waiting.TrySetException(new InvalidOperationException("not handled"));
        }
    }

    private static string UpdateEvent(Update update) => "update:" + update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} not handled here: {Claim}")]
    private partial void LogNotClaimed(int updateId, EventClaim claim);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} could not be marked handled; Telegram will deliver it again")]
    private partial void LogCompleteFailed(Exception exception, int updateId);
}
