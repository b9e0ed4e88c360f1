using System.Text;

namespace FactCheck.Telegram.Rendering;

/// <summary>The small part of HTML that Telegram's parse_mode HTML accepts: escaping and safe shortening.</summary>
internal static class TelegramHtml
{
    /// <summary>Most characters a message may carry (Telegram counts after entity parsing; counting the HTML is stricter, so safe).</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Escapes the three characters Telegram's HTML parser treats specially, and quotes for attribute values.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters, ending in an ellipsis when cut, never splitting a surrogate pair.</summary>
    public static string Shorten(string text, int max)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        if (oneLine.Length <= max)
        {
            return oneLine;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(oneLine[cut - 1]))
        {
            cut--;
        }

        return string.Concat(oneLine.AsSpan(0, cut), "…");
    }

    /// <summary>A link, or the escaped text alone when the URL is not http(s) (Telegram rejects other schemes in href).</summary>
    public static string Link(string url, string text) =>
        IsWebUrl(url) ? $"<a href=\"{Escape(url)}\">{Escape(text)}</a>" : Escape(text);

    /// <summary>True for an absolute http(s) URL.</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
