using System.Globalization;
using System.Text;
using FactCheck.Core.Replies;

namespace FactCheck.Telegram.Rendering;

/// <summary>Packs rendered blocks into at most a few Telegram messages; what does not fit becomes "... and N more".</summary>
internal static class MessagePacker
{
    /// <summary>More than this many messages for one check floods a chat; the rest is summarised.</summary>
    public const int MaxMessages = 3;

    // Room kept in every message for the footer and the "... and N more" line.
    private const int Reserve = 400;

    public static IReadOnlyList<string> Pack(string prefix, IReadOnlyList<string> blocks, string footer, UiText ui)
    {
        const int budget = TelegramHtml.MaxMessageLength - Reserve;
        var parts = new List<string>();
        var current = new StringBuilder(prefix);
        var placed = 0;
        foreach (var block in blocks)
        {
            if (block.Length > budget)
            {
                // Unreachable with the renderer's per-field limits, unless a citation URL is absurdly long:
                // cutting HTML could leave a tag open, and Telegram rejects that, so the block is only counted.
                continue;
            }

            if (current.Length > 0 && current.Length + block.Length + 2 > budget)
            {
                if (parts.Count + 1 == MaxMessages)
                {
                    break;
                }

                parts.Add(current.ToString().TrimEnd());
                current.Clear();
            }

            current.Append(block).Append("\n\n");
            placed++;
        }

        var left = blocks.Count - placed;
        if (left > 0)
        {
            current.Append(TelegramHtml.Escape(string.Format(CultureInfo.InvariantCulture, ui.AndMore, left))).Append("\n\n");
        }

        current.Append(footer);
        parts.Add(current.ToString());
        return parts;
    }
}
