using System.Collections.Concurrent;
using System.Text.Json;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Interactions;

/// <summary>One POST from Discord: the body read up to a cap, the signature checked, then PING answered with PONG and
/// commands and buttons handed to the same <see cref="InteractionHandler"/> the gateway uses, whose first response
/// becomes this request's answer.</summary>
internal sealed class InteractionHttpHandler(
    InteractionSignature signature,
    InteractionHandler interactions,
    InteractionCallbacks callbacks,
    TimeProvider time,
    ILogger<InteractionHttpHandler> logger)
{
    /// <summary>Discord's largest interaction (a message command's resolved message with 10 embeds) is a few tens of KiB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Discord drops an interaction not answered within 3 seconds; the handlers defer well before that.</summary>
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(3);

    private const int Ping = 1;
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;
    private const int Pong = 1;

    // Handlers go on after their HTTP answer (a deferred check, a follow-up); the endpoint waits for them when it stops.
    private readonly ConcurrentDictionary<Task, byte> running = new();

    public Task Running => Task.WhenAll(running.Keys);

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "only POST is served");
            return;
        }

        var (body, status) = await CappedBody.ReadAsync(request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            if (status != 0)
            {
                await RefuseAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? $"the body is over {MaxBodyBytes} bytes" : "unreadable body");
            }

            return;
        }

        // Nothing of the body is parsed before the signature holds: an unsigned request costs one verification.
        var check = signature.Check(request.Headers["X-Signature-Ed25519"].ToString(), request.Headers["X-Signature-Timestamp"].ToString(), body);
        if (check != SignatureCheck.Valid)
        {
            InteractionsLog.SignatureRefused(logger, check);
            await WriteTextAsync(context, StatusCodes.Status401Unauthorized, "invalid request signature");
            return;
        }

        if (Parse(body) is not { } interaction)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "the body is not a JSON object");
            return;
        }

        switch (interaction.Int("type"))
        {
            case Ping:
                await WriteJsonAsync(context, new InteractionResponse(Pong, null));
                break;
            case ApplicationCommand or MessageComponent:
                await ServeAsync(context, interaction, stopping);
                break;
            case { } type:
                await RefuseAsync(context, StatusCodes.Status400BadRequest, $"interaction type {type} is not served");
                break;
            default:
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "the interaction has no type");
                break;
        }
    }

    private async Task ServeAsync(HttpContext context, JsonElement interaction, CancellationToken stopping)
    {
        if (interaction.String("id") is not { } id || interaction.String("token") is null || interaction.Object("data") is null)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "the interaction lacks its id, token or data");
            return;
        }

        if (callbacks.ExpectOverHttp(id) is not { } expected)
        {
            await RefuseAsync(context, StatusCodes.Status409Conflict, "this interaction is already being answered");
            return;
        }

        var handling = Track(HandleSafelyAsync(interaction, stopping));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await Task.WhenAny(expected, handling, Task.Delay(AnswerDeadline, time, deadline.Token));
        await deadline.CancelAsync();
        callbacks.StopExpecting(id, expected);

        // StopExpecting completes an unanswered wait with null, so from here the result is final.
        var response = await expected;
        if (context.RequestAborted.IsCancellationRequested)
        {
            // Discord hung up; the handler carries on (its later messages go over REST) but there is no one to answer.
            return;
        }

        if (response is not null)
        {
            await WriteJsonAsync(context, response);
        }
        else if (!handling.IsCompleted)
        {
            InteractionsLog.TooSlow(logger);
            await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "not answered in time");
        }
        else if (!await handling)
        {
            await WriteTextAsync(context, StatusCodes.Status500InternalServerError, "the interaction could not be handled");
        }
        else
        {
            // A repeat of an interaction already answered, or a command or button this bot does not know: Discord
            // needs an answer all the same, and this one reveals nothing.
            InteractionsLog.NothingToAnswer(logger);
            var nothing = new InteractionMessage(AllowedMentions: AllowedMentions.None, Flags: InteractionMessage.Ephemeral, Content: "Nothing to answer here.");
            await WriteJsonAsync(context, new InteractionResponse(InteractionResponse.ChannelMessage, nothing));
        }
    }

    private Task<bool> Track(Task<bool> task)
    {
        running.TryAdd(task, 0);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>True when the handler ran to its end; one bad interaction never takes the endpoint down.</summary>
    private async Task<bool> HandleSafelyAsync(JsonElement interaction, CancellationToken stopping)
    {
        try
        {
            await interactions.HandleAsync(interaction, stopping);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            InteractionsLog.HandlerFailed(logger, ex);
            return false;
        }
    }

    /// <summary>The interaction as a JSON object that outlives the request (handlers keep it past the answer), or null.</summary>
    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        InteractionsLog.Refused(logger, status, reason);
        await WriteTextAsync(context, status, reason);
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static async Task WriteJsonAsync(HttpContext context, InteractionResponse response)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Options), context.RequestAborted);
    }
}
