using System.Text;
using System.Text.Json;
using FactCheck.Core.Checking;

namespace FactCheck.Discord.Adapter;

/// <summary>Everything readable in a Discord message: its text, a forward's snapshot, and the links of its embeds.</summary>
internal static class MessageText
{
    /// <summary>The check request for <paramref name="message"/>, with <paramref name="remove"/> (the bot's mention) taken out.</summary>
    public static CheckRequest From(JsonElement message, string? uiLanguage = null, string? remove = null)
    {
        var text = new StringBuilder();
        var urls = new List<string>();
        Collect(message, text, urls);

        // A forward (message_reference.type 1) carries the forwarded message only in message_snapshots.
        foreach (var snapshot in message.Array("message_snapshots"))
        {
            if (snapshot.Object("message") is { } inner)
            {
                Collect(inner, text, urls);
            }
        }

        var all = text.ToString();
        if (!string.IsNullOrEmpty(remove))
        {
            // "<@id>" and the older nickname form "<@!id>" both mention the bot.
            all = all.Replace(remove, " ", StringComparison.Ordinal).Replace(remove.Insert(2, "!"), " ", StringComparison.Ordinal);
        }

        return new CheckRequest(all.Trim(), uiLanguage, urls.Count > 0 ? urls : null);
    }

    private static void Collect(JsonElement message, StringBuilder text, List<string> urls)
    {
        if (message.String("content") is { Length: > 0 } content)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(content);
        }

        foreach (var embed in message.Array("embeds"))
        {
            if (embed.String("url") is { Length: > 0 } url && !urls.Contains(url))
            {
                urls.Add(url);
            }
        }
    }

    /// <summary>True when a message's id field is present: the minimum the adapter needs to answer it.</summary>
    public static bool HasId(JsonElement message) => message.ValueKind == JsonValueKind.Object && message.String("id") is not null;
}
