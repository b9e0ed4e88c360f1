using FactCheck.Telegram.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Hosting;

/// <summary>The adapter's hosted service: introduces the bot, then receives updates by polling or webhook as configured.</summary>
internal sealed class TelegramBotService(BotStartup startup, PollingLoop polling, WebhookLoop webhook, IOptions<TelegramOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
            await (options.Value.Mode == TelegramMode.Webhook ? webhook.RunAsync(stoppingToken) : polling.RunAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }
}
