using System.Text.Json;
using System.Threading.Channels;
using FactCheck.Discord.Gateway;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord.Adapter;

/// <summary>Reads gateway events and hands each to its handler, off the receive loop.</summary>
/// <remarks>
/// Messages are checked by a fixed number of workers; interactions are handled at once, because Discord wants their
/// first answer within 3 seconds and they must never wait behind a queue of slow message checks.
/// </remarks>
internal sealed class DispatchRouter(
    MessageHandler messages,
    InteractionHandler interactions,
    BotIdentity bot,
    IOptions<DiscordOptions> options,
    ILogger<DispatchRouter> logger,
    PlatformReadiness? readiness = null)
{
    private int sessions;

    private readonly Channel<JsonElement> messageQueue = Channel.CreateBounded<JsonElement>(
        new BoundedChannelOptions(256) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private bool warnedGatewayInteraction;

    public async Task RunAsync(ChannelReader<GatewayDispatch> dispatches, CancellationToken cancellationToken)
    {
        readiness?.Expect("discord");
        var workers = Enumerable.Range(0, options.Value.MaxConcurrentHandlers)
            .Select(_ => Task.Run(() => WorkAsync(cancellationToken), CancellationToken.None))
            .ToList();
        try
        {
            await foreach (var dispatch in dispatches.ReadAllAsync(cancellationToken))
            {
                Route(dispatch, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        messageQueue.Writer.TryComplete();
        await Task.WhenAll(workers);
    }

    private void Route(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch.Type is "READY" or "RESUMED")
        {
            // /readyz: connected; every session after the first is a reconnect (/metrics).
            readiness?.Connected("discord");
            if (sessions++ > 0)
            {
                BotMetrics.GatewayReconnected();
            }
        }

        switch (dispatch.Type)
        {
            case "READY":
                if (dispatch.Data.Object("user") is { } user && user.String("id") is { } id)
                {
                    bot.Set(id, user.String("username"));
                }

                break;
            case "INTERACTION_CREATE" when options.Value.ServesInteractionsOverHttp:
                // The HTTP endpoint serves interactions; handling this copy too could answer one twice. Discord sends
                // them over the gateway only while no Interactions Endpoint URL is set in the Developer Portal.
                if (!warnedGatewayInteraction)
                {
                    warnedGatewayInteraction = true;
                    AdapterLog.GatewayInteractionIgnored(logger);
                }

                break;
            case "INTERACTION_CREATE":
                _ = HandleSafelyAsync(dispatch.Type, () => interactions.HandleAsync(dispatch.Data, cancellationToken));
                break;
            case "MESSAGE_CREATE" when !messageQueue.Writer.TryWrite(dispatch.Data):
                GatewayLog.DispatchDropped(logger, dispatch.Type);
                break;
            case "MESSAGE_CREATE":
                break;
            default:
                AdapterLog.Ignored(logger, dispatch.Type);
                break;
        }
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in messageQueue.Reader.ReadAllAsync(cancellationToken))
            {
                await HandleSafelyAsync("MESSAGE_CREATE", () => messages.HandleAsync(message, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task HandleSafelyAsync(string type, Func<Task> handle)
    {
        try
        {
            await handle();
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // One bad event must not take the bot down: log it and carry on with the next.
            AdapterLog.HandlerFailed(logger, type, ex);
        }
    }
}
