using System.Collections.Concurrent;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;

namespace FactCheck.Discord.Adapter;

/// <summary>Where an interaction's first response goes: the body of the HTTP request it came in on (the interactions
/// endpoint), or POST /interactions/{id}/{token}/callback when it came over the gateway.</summary>
/// <remarks>
/// The handlers answer both kinds through this one call, so a slash command, the message command and the button run
/// the same code whichever way they arrived; only the first response differs. Later messages (the edit of a deferred
/// answer, follow-ups) always go to the webhook endpoints over REST.
/// </remarks>
internal sealed class InteractionCallbacks(DiscordApi api)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InteractionResponse?>> waiting = new(StringComparer.Ordinal);

    /// <summary>Sends the first response to interaction <paramref name="id"/> the way it expects it.</summary>
    public Task<RestResult> RespondAsync(string id, string token, InteractionResponse response, CancellationToken cancellationToken)
    {
        if (!waiting.TryRemove(id, out var http))
        {
            return api.RespondAsync(id, token, response, cancellationToken);
        }

        // Whoever removes the entry completes it, so this is the wait's one and only result.
        http.SetResult(response);
        return Task.FromResult(new RestResult(RestStatus.Ok, 200, default));
    }

    /// <summary>Makes the next response to <paramref name="id"/> the HTTP answer; null when one is already awaited (a replay
    /// arriving while the original is handled).</summary>
    public Task<InteractionResponse?>? ExpectOverHttp(string id)
    {
        var http = new TaskCompletionSource<InteractionResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        return waiting.TryAdd(id, http) ? http.Task : null;
    }

    /// <summary>The endpoint stops waiting (answered, or Discord's 3 seconds are over). A response made later goes over REST,
    /// where Discord refuses it as expired and the handler logs it as not answered.</summary>
    public void StopExpecting(string id, Task<InteractionResponse?> expected)
    {
        if (waiting.TryGetValue(id, out var http) && http.Task == expected && waiting.TryRemove(KeyValuePair.Create(id, http)))
        {
            http.TrySetResult(null);
        }
    }
}
