using System.Text;
using System.Threading.Channels;
using FactCheck.Core.Conversation;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>The console chat: reads messages from a text stream and writes the conversation's answers. A pasted block
/// of lines is one message.</summary>
/// <remarks>Whoever sits at the console holds the database, so they are both the asker (/submit sends the last message
/// the answer offered to send) and a trusted reviewer (/queue, /publish ...), and <see cref="ConsoleNotificationChannel"/>
/// prints the notifications.</remarks>
internal sealed class ConsoleConversation(ConversationService conversation, TextReader input, TextWriter output, TimeSpan pasteGap)
{
    /// <summary>The console's one user, as the tipline sees them: the command line's trusted platform.</summary>
    public const string UserId = "console";

    private string? lastSubmittable;

    /// <summary>The one line printed at start.</summary>
    public const string Banner =
        "factcheck-bot console chat: paste or type a message and press Enter (/help for commands). " +
        "No chat platform is connected: set Telegram__Token, or Discord__Token and Discord__ApplicationId, in the environment to connect one.";

    /// <summary>Chats until the input ends, /quit is sent, or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Write(Banner + Environment.NewLine + "> ");
        var lines = Channel.CreateUnbounded<string>();
        // Not awaited at the end: a blocked read of stdin must not keep /quit from ending the chat.
        _ = ReadLinesAsync(lines.Writer, cancellationToken);
        while (await lines.Reader.WaitToReadAsync(cancellationToken))
        {
            var message = await CollectMessageAsync(lines.Reader, cancellationToken);
            if (message.Length == 0 && !lines.Reader.Completion.IsCompleted)
            {
                continue;
            }

            var reply = await AnswerAsync(message, cancellationToken);
            if (reply is null)
            {
                break;
            }

            Write(reply + Environment.NewLine + "> ");
        }
    }

    /// <summary>Writes a block to the console; notifications arrive from another thread, so writes take turns.</summary>
    internal void Write(string block)
    {
        lock (output)
        {
            output.WriteLine(block);
            output.Flush();
        }
    }

    /// <summary>The reply to one message, or null to end the chat.</summary>
    internal async Task<string?> AnswerAsync(string message, CancellationToken cancellationToken)
    {
        if (message.Trim().ToLowerInvariant() is "/quit" or "/exit")
        {
            return null;
        }

        var incoming = new Incoming(Platform.Console, UserId, UserId, message) { SubmitFallback = lastSubmittable };
        if (ConsoleImage.PathOf(message) is { } path)
        {
            if (path.Length == 0)
            {
                return ConsoleImage.Usage;
            }

            // The image's answer says which text was read; its caption is empty (the console has none).
            incoming = incoming with { Text = string.Empty, Command = null, Image = ConsoleImage.Of(path) with { SendNotice = NoticeAsync } };
        }

        var answer = await conversation.HandleAsync(incoming, cancellationToken);
        if (answer.Kind == AnswerKind.Report)
        {
            lastSubmittable = answer.Submittable;
        }

        return ConsoleRenderer.Render(answer);
    }

    private Task NoticeAsync(string notice, CancellationToken cancellationToken)
    {
        Write(notice);
        return Task.CompletedTask;
    }

    private static async Task ReadLinesAsync(ChannelWriter<string> writer, TextReader reader, CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                await writer.WriteAsync(line, cancellationToken);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private Task ReadLinesAsync(ChannelWriter<string> writer, CancellationToken cancellationToken) =>
        Task.Run(() => ReadLinesAsync(writer, input, cancellationToken), cancellationToken);

    /// <summary>Takes the lines that arrive together (a paste) as one message: it ends when no line follows within the paste gap.</summary>
    private async Task<string> CollectMessageAsync(ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder();
        while (true)
        {
            while (reader.TryRead(out var line))
            {
                sb.AppendLine(line);
            }

            using var gap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            gap.CancelAfter(pasteGap);
            try
            {
                if (!await reader.WaitToReadAsync(gap.Token))
                {
                    return sb.ToString();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return sb.ToString();
            }
        }
    }
}
