using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Adapter;

/// <summary>Answers an interaction within Discord's 3 seconds: at once when the answer is ready in time, otherwise
/// "thinking…" first (type 5) and the answer edited in when it is.</summary>
internal sealed class InteractionResponder(DiscordApi api, InteractionCallbacks callbacks, IOptions<DiscordOptions> options, ILogger<InteractionResponder> logger)
{
    /// <summary>Sends <paramref name="answer"/> when it completes, deferring first if it takes longer than Discord:InteractionDeferAfter.</summary>
    /// <param name="id">The interaction's id.</param>
    /// <param name="token">The interaction's token.</param>
    /// <param name="answer">The answer being made.</param>
    /// <param name="flags">64 for an answer only the caller sees; fixed by the first response.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public async Task<RestResult> RespondAsync(string id, string token, Task<InteractionMessage> answer, int? flags, CancellationToken cancellationToken)
    {
        var deadline = Task.Delay(options.Value.InteractionDeferAfter, cancellationToken);
        if (await Task.WhenAny(answer, deadline) == answer)
        {
            var message = await answer with { Flags = flags };
            return await callbacks.RespondAsync(id, token, new InteractionResponse(InteractionResponse.ChannelMessage, message), cancellationToken);
        }

        AdapterLog.Deferred(logger);
        var deferred = new InteractionResponse(InteractionResponse.DeferredChannelMessage, new InteractionMessage(Flags: flags));
        var result = await callbacks.RespondAsync(id, token, deferred, cancellationToken);
        var late = await answer;
        if (result.IsOk)
        {
            // The deferred answer already fixed the visibility; an edit cannot change it.
            result = await api.EditOriginalResponseAsync(options.Value.ApplicationId!, token, late with { Flags = null }, cancellationToken);
        }

        return result;
    }

    /// <summary>A further message only the caller sees, after a first response (a button's update, for instance).</summary>
    public Task<RestResult> FollowUpPrivatelyAsync(string token, string content, CancellationToken cancellationToken) =>
        api.CreateFollowupAsync(
            options.Value.ApplicationId!,
            token,
            new InteractionMessage(AllowedMentions: AllowedMentions.None, Flags: InteractionMessage.Ephemeral, Content: content),
            cancellationToken);
}
