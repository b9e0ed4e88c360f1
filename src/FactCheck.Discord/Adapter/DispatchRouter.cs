using System.Threading.Channels;
using FactCheck.Discord.Gateway;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Adapter;

/// <summary>Reads gateway events and hands each to its handler, off the receive loop, a bounded number at a time.</summary>
internal sealed class DispatchRouter(
    MessageHandler messages,
    InteractionHandler interactions,
    BotIdentity bot,
    IOptions<DiscordOptions> options,
    ILogger<DispatchRouter> logger) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentHandlers);

    public async Task RunAsync(ChannelReader<GatewayDispatch> dispatches, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var dispatch in dispatches.ReadAllAsync(cancellationToken))
            {
                switch (dispatch.Type)
                {
                    case "READY":
                        bot.Ready(dispatch.Data);
                        break;
                    case "INTERACTION_CREATE":
                        // Interactions are due within 3 seconds: they never queue behind slow message checks.
                        _ = RunAsync(dispatch.Type, () => interactions.HandleAsync(dispatch.Data, cancellationToken), null);
                        break;
                    case "MESSAGE_CREATE":
                        await slots.WaitAsync(cancellationToken);
                        _ = RunAsync(dispatch.Type, () => messages.HandleAsync(dispatch.Data, cancellationToken), slots);
                        break;
                    default:
                        AdapterLog.Ignored(logger, dispatch.Type);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string type, Func<Task> handle, SemaphoreSlim? slot)
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
        finally
        {
            slot?.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
