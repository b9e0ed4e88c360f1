using FactCheck.Telegram.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Hosting;

/// <summary>The adapter's hosted service: introduces the bot, then receives updates by polling or webhook as configured.</summary>
/// <remarks>A stop ends the receiving at once; the updates being handled get until the host stops waiting
/// (HostOptions.ShutdownTimeout) to finish, then they are cancelled.</remarks>
internal sealed class TelegramBotService(BotStartup startup, PollingLoop polling, WebhookLoop webhook, IOptions<TelegramOptions> options) : BackgroundService
{
    private readonly CancellationTokenSource abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var giveUp = cancellationToken.Register(abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
            await (options.Value.Mode == TelegramMode.Webhook
                ? webhook.RunAsync(stoppingToken, abort.Token)
                : polling.RunAsync(stoppingToken, abort.Token));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }
}
