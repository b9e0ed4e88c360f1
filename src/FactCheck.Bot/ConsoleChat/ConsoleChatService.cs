using System.Text;
using FactCheck.Core.Checking;
using FactCheck.Core.Tips.Desk;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>Runs the console chat on stdin/stdout when no chat platform is configured; the host stops when the input ends.</summary>
internal sealed class ConsoleChatService(ICheckService checker, TipDesk desk, ConsoleNotificationChannel notifications, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the start-up (migrations, seeds, index) finish before greeting.
        await Task.Yield();
        Console.OutputEncoding = Encoding.UTF8;
        var conversation = new ConsoleConversation(checker, Console.In, Console.Out, TimeSpan.FromMilliseconds(250), desk);
        notifications.Attach(conversation);
        try
        {
            await conversation.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or host shutdown: nothing to clean up.
        }

        notifications.Attach(null);
        lifetime.StopApplication();
    }
}
