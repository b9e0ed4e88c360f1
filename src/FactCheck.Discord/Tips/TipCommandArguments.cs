using System.Text.Json;
using FactCheck.Discord.Adapter;

namespace FactCheck.Discord.Tips;

/// <summary>A tipline slash command's options as the argument text <see cref="FactCheck.Core.Tips.Desk.TipDesk"/> parses.</summary>
internal static class TipCommandArguments
{
    public static string From(string command, JsonElement data)
    {
        string Option(string name) => InteractionHandler.OptionValue(data, name)?.Trim() ?? string.Empty;
        return command switch
        {
            "submit" => Option(TipCommandNames.Text),
            "notify" => Option(TipCommandNames.Mode),
            "tip" => Option(TipCommandNames.Id),
            "dismiss" => Option(TipCommandNames.Tip),
            "attach" => $"{Option(TipCommandNames.Tip)} {Option(TipCommandNames.Claim)}",

            // "ID | rating | URL | publisher | summary": a | inside a part would shift the parts after it.
            "publish" => string.Join(
                " | ",
                Option(TipCommandNames.Tip),
                Part(Option(TipCommandNames.Rating)),
                Part(Option(TipCommandNames.Url)),
                Part(Option(TipCommandNames.Publisher)),
                Option(TipCommandNames.Summary)),
            "stats" => Option(TipCommandNames.Days),
            _ => string.Empty,
        };
    }

    private static string Part(string value) => value.Replace('|', '/');
}
