using System.Text;

namespace FactCheck.Telegram.Rendering;

/// <summary>Plain text (the tip desk's answers) as escaped HTML messages, each within Telegram's length limit.</summary>
internal static class PlainTextParts
{
    // Escaping can grow a character to six ("&quot;"), so the limit is checked on the escaped text, with some room.
    private const int Budget = TelegramHtml.MaxMessageLength - 96;

    /// <summary>One message for a short text; a long one (a tip's full text) is cut, preferably at a line break.</summary>
    public static IReadOnlyList<string> Of(string plain)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var lastBreak = -1;
        var i = 0;
        while (i < plain.Length)
        {
            var length = char.IsSurrogatePair(plain, i) ? 2 : 1;
            var escaped = TelegramHtml.Escape(plain.Substring(i, length));
            if (current.Length + escaped.Length > Budget)
            {
                // Cut at the last line break (dropping only that break), or right here when the line is too long.
                if (lastBreak > 0)
                {
                    parts.Add(current.ToString(0, lastBreak));
                    current.Remove(0, lastBreak + 1);
                }
                else
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }

                lastBreak = -1;
            }

            if (plain[i] == '\n')
            {
                lastBreak = current.Length;
            }

            current.Append(escaped);
            i += length;
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
