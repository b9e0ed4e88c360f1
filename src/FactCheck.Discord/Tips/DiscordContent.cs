using System.Text;
using FactCheck.Discord.Rendering;

namespace FactCheck.Discord.Tips;

/// <summary>Plain text made safe for a message's content: markdown escaped, within Discord's 2,000 characters.</summary>
internal static class DiscordContent
{
    /// <summary>Discord's limit on a message's content.</summary>
    public const int MaxLength = 2000;

    private const string Cut = "\n...";
    private const string Special = "\\*_~`|>#";

    /// <summary>Escapes markdown in <paramref name="plain"/> (leaving links whole) and fits it in one message.</summary>
    public static string From(string plain) => Fit(Escape(plain));

    /// <summary>Cuts text longer than a message at the last line break that fits, and says so with "...".</summary>
    public static string Fit(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var room = MaxLength - Cut.Length;
        var lineEnd = text.LastIndexOf('\n', room - 1);

        // A single huge line is cut inside; otherwise whole lines are kept.
        return lineEnd > room / 2 ? string.Concat(text.AsSpan(0, lineEnd), Cut) : EmbedLimits.Truncate(text, room) + Cut;
    }

    /// <summary>Backslash before markdown characters, except inside links, which an escape would break.</summary>
    public static string Escape(string plain)
    {
        var escaped = new StringBuilder(plain.Length + 16);
        var inLink = false;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsWhiteSpace(c))
            {
                inLink = false;
            }
            else if (!inLink && (i == 0 || char.IsWhiteSpace(plain[i - 1])))
            {
                inLink = plain.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || plain.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            }

            if (!inLink && Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
