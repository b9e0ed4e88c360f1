using FactCheck.Core.Replies;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>Prints the console user's tip notifications into the running console chat.</summary>
/// <remarks>Until the chat is attached (start-up), or after it ended, notifications stay pending in the outbox.</remarks>
internal sealed class ConsoleNotificationChannel : ITipNotificationChannel
{
    private ConsoleConversation? conversation;

    public string Platform => Reviewer.CommandLine;

    /// <summary>Starts printing into <paramref name="chat"/>; null stops.</summary>
    public void Attach(ConsoleConversation? chat) => Volatile.Write(ref conversation, chat);

    public Task<DeliveryOutcome> SendAsync(TipNotification notification, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref conversation) is not { } chat)
        {
            return Task.FromResult(DeliveryOutcome.RetryLater);
        }

        var body = PlainTextRenderer.Render(notification.Report);
        chat.Write(string.Join(Environment.NewLine, "", "🔔 " + notification.Heading, body.TrimEnd(), notification.Footer, "> "));
        return Task.FromResult(DeliveryOutcome.Sent);
    }
}
