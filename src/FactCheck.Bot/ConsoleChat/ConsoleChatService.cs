using System.Text;
using FactCheck.Core.Conversation;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>Runs the console chat on stdin/stdout when no chat platform is configured; the host stops when the input ends.</summary>
internal sealed class ConsoleChatService(ConversationService conversations, ConsoleNotificationChannel notifications, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the start-up (migrations, seeds, index) finish before greeting.
        await Task.Yield();
        Console.OutputEncoding = Encoding.UTF8;
        var conversation = new ConsoleConversation(conversations, Console.In, Console.Out, TimeSpan.FromMilliseconds(250));
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
