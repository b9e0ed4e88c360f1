using FactCheck.Core.Checking;
using Telegram.Bot.Types;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>Translates a Telegram message into a <see cref="CheckRequest"/>: text or caption, replied-to or quoted text, links.</summary>
internal sealed class CheckRequestBuilder(BotIdentity me)
{
    /// <summary>A replied-to message worth checking: not one of our own replies.</summary>
    public Message? Checkable(Message? replied) => replied is { } r && !me.Is(r.From?.Id) ? r : null;

    /// <summary>The request for a message: its text or caption, the replied-to text (or the part the user quoted), and its links.</summary>
    public CheckRequest For(Message message, string? language, bool withReply, string? quote = null, string? extra = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(extra))
        {
            parts.Add(extra);
        }

        parts.Add(quote ?? MessageText.Of(message));
        var urls = MessageText.UrlsOf(message).ToList();
        if (withReply && Checkable(message.ReplyToMessage) is { } replied)
        {
            parts.Add(message.Quote?.Text ?? MessageText.Of(replied));
            urls.AddRange(MessageText.UrlsOf(replied));
        }

        return new CheckRequest(string.Join("\n\n", parts.Where(p => p.Length > 0)), language, urls.Count > 0 ? urls.Distinct().ToList() : null);
    }
}
