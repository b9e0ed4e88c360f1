using System.Text;
using System.Threading.Channels;
using FactCheck.Core.Checking;
using FactCheck.Core.Replies;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>The console chat: reads messages from a text stream and writes the replies. A pasted block of lines is one message.</summary>
/// <remarks>With a <paramref name="desk"/> the tipline works here too: whoever sits at the console holds the database,
/// so they are both the asker (/submit sends the last checked message) and a trusted reviewer (/queue, /publish ...),
/// and <see cref="ConsoleNotificationChannel"/> prints the notifications.</remarks>
internal sealed class ConsoleConversation(ICheckService checker, TextReader input, TextWriter output, TimeSpan pasteGap, TipDesk? desk = null)
{
    /// <summary>The console's one user, as the tipline sees them: the command line's trusted platform.</summary>
    public const string UserId = "console";

    private string? lastChecked;
    private string? lastLanguage;

    /// <summary>The one line printed at start.</summary>
    public const string Banner =
        "factcheck-bot console chat: paste or type a message and press Enter (/help for commands). " +
        "No chat platform is connected: set Telegram__Token, or Discord__Token and Discord__ApplicationId, in the environment to connect one.";

    private string? uiLanguage;

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
        var trimmed = message.Trim();
        switch (trimmed.ToLowerInvariant())
        {
            case "/quit" or "/exit":
                return null;
            case "/help":
                return "Paste or forward any message: the bot finds the claims in it that fact-checkers have already reviewed, " +
                       "and shows their verdicts with citations. Commands: /lang en, /lang id (reply language), /quit." +
                       (desk is null ? string.Empty : " Tipline: /submit sends the last message to the reviewers; /queue, /tip ID, " +
                           "/publish ID | rating | URL | publisher | summary, /attach ID CLAIM_ID, /dismiss ID, /stats, /privacy.");
            case "/lang en" or "/lang id":
                uiLanguage = trimmed[^2..];
                return uiLanguage == "id" ? "Bahasa balasan: Indonesia." : "Reply language: English.";
        }

        if (desk is not null && TipDesk.TryParse(trimmed, out var command, out var arguments))
        {
            var caller = new Asker(Reviewer.CommandLine, UserId, UserId, uiLanguage ?? lastLanguage ?? "en");
            var text = command == "submit" && arguments.Length == 0 ? lastChecked ?? string.Empty : arguments;
            return (await desk.HandleAsync(caller, command, text, cancellationToken)).Text;
        }

        lastChecked = message;
        var report = await checker.CheckAsync(new CheckRequest(message, uiLanguage, Platform: "console"), cancellationToken);
        lastLanguage = report.UiLanguage;
        var offer = report.HasReply || report.Note is InputNote.Empty or InputNote.NothingToCheck || desk is null
            ? string.Empty
            : Environment.NewLine + (report.UiLanguage == "id" ? "Kirim /submit untuk itu." : "Send /submit to do so.");
        return PlainTextRenderer.Render(report).TrimEnd() + offer;
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
