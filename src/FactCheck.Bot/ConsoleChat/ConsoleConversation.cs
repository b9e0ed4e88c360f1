using System.Text;
using System.Threading.Channels;
using FactCheck.Core.Checking;
using FactCheck.Core.Replies;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>The console chat: reads messages from a text stream and writes the replies. A pasted block of lines is one message.</summary>
internal sealed class ConsoleConversation(ICheckService checker, TextReader input, TextWriter output, TimeSpan pasteGap)
{
    /// <summary>The one line printed at start.</summary>
    public const string Banner =
        "factcheck-bot console chat: paste or type a message and press Enter (/help for commands). " +
        "No chat platform is connected: set Telegram__Token, or Discord__Token and Discord__ApplicationId, in the environment to connect one.";

    private string? uiLanguage;

    /// <summary>Chats until the input ends, /quit is sent, or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(Banner.AsMemory(), cancellationToken);
        await output.WriteLineAsync("> ".AsMemory(), cancellationToken);
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

            await output.WriteLineAsync(reply.AsMemory(), cancellationToken);
            await output.WriteLineAsync("> ".AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
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
                       "and shows their verdicts with citations. Commands: /lang en, /lang id (reply language), /quit.";
            case "/lang en" or "/lang id":
                uiLanguage = trimmed[^2..];
                return uiLanguage == "id" ? "Bahasa balasan: Indonesia." : "Reply language: English.";
        }

        var report = await checker.CheckAsync(new CheckRequest(message, uiLanguage, Platform: "console"), cancellationToken);
        return PlainTextRenderer.Render(report);
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
