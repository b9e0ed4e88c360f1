using System.Globalization;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation.Commands;

/// <summary>Reads typed text ("/publish 3 | False | https://… | Publisher") as a <see cref="ChatCommand"/>: the one
/// parser of the chat platforms and the console. Discord's slash commands build the records from their options instead.</summary>
public static class CommandParser
{
    /// <summary>The names the parser knows, for menus and the unknown-command answer.</summary>
    public static IReadOnlyList<string> UserCommands { get; } = ["check", "submit", "notify", "forget", "privacy", "language", "help"];

    /// <summary>The reviewers' commands.</summary>
    public static IReadOnlyList<string> ReviewerCommands { get; } = ["queue", "tip", "publish", "attach", "dismiss", "stats"];

    /// <summary>The command at the start of <paramref name="text"/>, or null when the text is not a command (it is a
    /// message to check). Any "/word" is a command: one the bot does not know is an <see cref="UnknownCommand"/>.</summary>
    public static ChatCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !IsNameChar(trimmed[1]))
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        return Parse(trimmed[1..end], trimmed[end..].Trim());
    }

    /// <summary>The command <paramref name="name"/> (without the slash, any case) with its argument text.</summary>
    public static ChatCommand Parse(string name, string arguments)
    {
        arguments = arguments.Trim();
        return name.ToLowerInvariant() switch
        {
            "check" => new Check(arguments),
            "submit" => new Submit(arguments.Length == 0 ? null : arguments),
            "notify" => new Notify(OnOff(arguments)),
            "forget" => new Forget(),
            "privacy" => new Privacy(),
            "help" or "start" => new Help(),
            "language" or "lang" => new SetLanguage(arguments.ToLowerInvariant()),
            "queue" => new ListTips(),
            "tip" => new ShowTip(TipId(arguments, out _)),
            "publish" => ParsePublish(arguments),
            "attach" => TipId(arguments, out var rest) is { } id && rest.Length > 0 ? new Attach(id, rest) : new Attach(null, null),
            "dismiss" => new Dismiss(TipId(arguments, out _)),
            "stats" => new Stats(Days(arguments)),
            "desk" => new OpenDesk(),
            var other => new UnknownCommand(other),
        };
    }

    /// <summary>"on"/"yes"/"ya" → true, "off"/"no"/"tidak" → false, anything else null.</summary>
    public static bool? OnOff(string? argument) => argument?.Trim().ToLowerInvariant() switch
    {
        "on" or "yes" or "ya" => true,
        "off" or "no" or "tidak" => false,
        _ => null,
    };

    /// <summary>The days of /stats: a number from 1 to 3650, else the default week.</summary>
    public static int Days(string? argument) =>
        int.TryParse(argument?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650 ? days : Stats.DefaultDays;

    /// <summary>"12", "#12", "12 rest of the line": the tip id (positive), or null.</summary>
    public static long? TipId(string? arguments, out string rest)
    {
        var trimmed = arguments?.Trim() ?? string.Empty;
        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = (end < 0 ? trimmed : trimmed[..end]).TrimStart('#');
        rest = end < 0 ? string.Empty : trimmed[end..].Trim();
        return long.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    // "ID | rating | URL | publisher | summary", or the parts on separate lines; a | in the summary is kept.
    private static Publish ParsePublish(string arguments)
    {
        var parts = arguments.Split(arguments.Contains('|') ? '|' : '\n', StringSplitOptions.TrimEntries);
        if (parts.Length < 4 || TipId(parts[0], out _) is not { } id)
        {
            return new Publish(null, null);
        }

        var summary = parts.Length > 4 ? string.Join(" | ", parts[4..]).Trim() : null;
        return new Publish(id, new TipVerdict(parts[1], parts[2], parts[3], string.IsNullOrEmpty(summary) ? null : summary));
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
