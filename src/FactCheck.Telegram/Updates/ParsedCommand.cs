using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>A bot command addressed to us: its name without "/" or "@bot", lower case, and the text after it.</summary>
internal sealed record ParsedCommand(string Name, string Arguments)
{
    /// <summary>The command at the start of <paramref name="text"/>, or null when there is none or it is for another bot.</summary>
    public static ParsedCommand? Parse(string text, BotIdentity me)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var head = text[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0 && !me.IsMe(head[(at + 1)..]))
        {
            return null;
        }

        var name = (at >= 0 ? head[..at] : head).ToLowerInvariant();
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        return new ParsedCommand(name, text[end..].Trim());
    }
}
