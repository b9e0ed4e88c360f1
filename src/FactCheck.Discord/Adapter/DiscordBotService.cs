using FactCheck.Discord.Gateway;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord.Adapter;

/// <summary>The Discord adapter's lifetime: find the gateway, register the commands, then stay connected and answer.</summary>
internal sealed class DiscordBotService(
    DiscordApi api,
    GatewayClient gateway,
    DispatchRouter router,
    CommandRegistrar registrar,
    GatewayTiming timing,
    IOptions<DiscordOptions> options,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    /// <summary>Why the gateway stopped, once it has; tests and the host read it.</summary>
    public GatewayStopReason? StopReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        AdapterLog.Starting(logger, o.ShardId, o.ShardCount);
        var gatewayUrl = await GatewayUrlAsync(stoppingToken);
        if (gatewayUrl is null)
        {
            StopReason = new GatewayStopReason(401, "token rejected");
            return;
        }

        await registrar.RegisterAsync(stoppingToken);
        using var routing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var handling = router.RunAsync(gateway.Dispatches, routing.Token);
        StopReason = await gateway.RunAsync(gatewayUrl, stoppingToken);
        await routing.CancelAsync();
        await handling;
    }

    private async Task<Uri?> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.GatewayUrl))
        {
            return new Uri(options.Value.GatewayUrl);
        }

        var backoff = new Backoff(timing.BackoffStart, timing.BackoffCap);
        while (true)
        {
            var (url, result) = await api.GetGatewayUrlAsync(cancellationToken);
            if (url is not null)
            {
                return url;
            }

            if (result.Status == RestStatus.Unauthorized)
            {
                AdapterLog.TokenRejected(logger);
                return null;
            }

            AdapterLog.NoGatewayUrl(logger, result.HttpStatus, result.Error);
            await Task.Delay(backoff.Next(), cancellationToken);
        }
    }
}
