using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Tips;
using FactCheck.Discord.Adapter;

namespace FactCheck.Discord.Tips;

/// <summary>The tipline's slash commands: their typed options mapped straight into the conversation's command records,
/// with no detour through text (a "|" in a rating stays a "|").</summary>
internal static class TipSlashCommands
{
    private static readonly HashSet<string> Names = ["submit", "notify", "forget", "privacy", "queue", "tip", "publish", "attach", "dismiss", "stats"];

    /// <summary>True when <paramref name="name"/> is one of the tipline's slash commands.</summary>
    public static bool Handles(string name) => Names.Contains(name);

    /// <summary>The command record for an interaction's data.</summary>
    public static ChatCommand From(string name, JsonElement data)
    {
        string? Option(string option) => InteractionHandler.OptionValue(data, option)?.Trim() is { Length: > 0 } value ? value : null;
        long? Id(string option) => long.TryParse(Option(option), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
        return name switch
        {
            "submit" => new Submit(Option(TipCommandNames.Text)),
            "notify" => new Notify(CommandParser.OnOff(Option(TipCommandNames.Mode))),
            "forget" => new Forget(),
            "privacy" => new Privacy(),
            "queue" => new ListTips(),
            "tip" => new ShowTip(Id(TipCommandNames.Id)),
            "dismiss" => new Dismiss(Id(TipCommandNames.Tip)),
            "attach" => Option(TipCommandNames.Claim) is { } claim && Id(TipCommandNames.Tip) is { } tip ? new Attach(tip, claim) : new Attach(null, null),
            "publish" => Id(TipCommandNames.Tip) is { } id
                ? new Publish(id, new TipVerdict(Option(TipCommandNames.Rating) ?? string.Empty, Option(TipCommandNames.Url) ?? string.Empty, Option(TipCommandNames.Publisher) ?? string.Empty, Option(TipCommandNames.Summary)))
                : new Publish(null, null),
            "stats" => new Stats(CommandParser.Days(Option(TipCommandNames.Days))),
            _ => new UnknownCommand(name),
        };
    }
}
