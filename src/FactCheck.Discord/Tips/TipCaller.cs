using System.Text.Json;
using FactCheck.Core.Tips;
using FactCheck.Discord.Adapter;

namespace FactCheck.Discord.Tips;

/// <summary>Who runs a tipline command or presses a button, as the tipline's <see cref="Asker"/>.</summary>
/// <remarks>ChatId is the channel the user acted in (their DM with the bot, or a server channel): it tells whether a
/// reviewers' channel is acting. Notifications never go there but always to the user's DM (see DiscordTipChannel).</remarks>
internal static class TipCaller
{
    public const string Platform = "discord";

    /// <summary>The caller of an interaction (in a server it carries member.user, in a DM user), or null when malformed.</summary>
    public static Asker? OfInteraction(JsonElement interaction, string? language = null)
    {
        var user = interaction.Object("member")?.Object("user") ?? interaction.Object("user");
        var userId = user?.String("id");
        var channelId = interaction.String("channel_id") ?? interaction.Object("channel")?.String("id");
        return userId is null || channelId is null
            ? null
            : new Asker(Platform, userId, channelId, language ?? LanguageOf(interaction.String("locale")));
    }

    /// <summary>The author of a DM.</summary>
    public static Asker OfMessage(JsonElement message, string channelId, string language) =>
        new(Platform, message.Object("author")?.String("id") ?? string.Empty, channelId, language);

    /// <summary>"id" for an Indonesian Discord client, else "en": the two languages of the tipline's text.</summary>
    public static string LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id" : "en";
}
