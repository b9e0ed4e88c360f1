using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>What is readable in a Telegram message: its text or caption (a forward carries the forwarded text), and its links.</summary>
internal static class MessageText
{
    /// <summary>The text, else the caption of a photo, video or document; empty when there is neither.</summary>
    public static string Of(Message message) => message.Text ?? message.Caption ?? string.Empty;

    /// <summary>Links the text carries outside its visible words (text links), and plain URLs as Telegram marked them.</summary>
    public static IEnumerable<string> UrlsOf(Message message)
    {
        var text = Of(message);
        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        foreach (var entity in entities ?? [])
        {
            if (entity.Type == MessageEntityType.TextLink && entity.Url is { } url)
            {
                yield return url;
            }
            else if (entity.Type == MessageEntityType.Url && entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length)
            {
                // Entity offsets count UTF-16 code units, as .NET strings do.
                yield return text.Substring(entity.Offset, entity.Length);
            }
        }
    }

    /// <summary>True when the message mentions the bot by @username or as a text mention.</summary>
    public static bool MentionsBot(Message message, BotIdentity me)
    {
        var text = Of(message);
        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        return (entities ?? []).Any(e =>
            (e.Type == MessageEntityType.Mention && e.Offset >= 0 && e.Offset + e.Length <= text.Length && me.IsMe(text.Substring(e.Offset, e.Length)))
            || (e.Type == MessageEntityType.TextMention && me.Is(e.User?.Id)));
    }
}
