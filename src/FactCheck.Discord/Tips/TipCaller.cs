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

    private const int DmChannelType = 1;
    private const int BotDmContext = 1;

    /// <summary>The caller of an interaction (in a server it carries member.user, in a DM user), or null when malformed.
    /// Anywhere but the user's DM with the bot, the desk's answer says the verdict comes in a private message.</summary>
    public static Asker? OfInteraction(JsonElement interaction, string? language = null)
    {
        var user = interaction.Object("member")?.Object("user") ?? interaction.Object("user");
        var userId = user?.String("id");
        var channelId = interaction.String("channel_id") ?? interaction.Object("channel")?.String("id");
        return userId is null || channelId is null
            ? null
            : new Asker(Platform, userId, channelId, language ?? LanguageOf(interaction.String("locale")))
            {
                NotifiedPrivately = !InBotDm(interaction),
            };
    }

    /// <summary>True for an interaction in the user's DM with the bot: no server, a DM channel (type 1) where the
    /// channel is given, and not another private channel (context 2: a group DM, or a DM between two other users).</summary>
    public static bool InBotDm(JsonElement interaction) =>
        interaction.String("guild_id") is null
        && (interaction.Object("channel")?.Int("type") ?? DmChannelType) == DmChannelType
        && interaction.Int("context") is null or BotDmContext;

    /// <summary>The author of a DM.</summary>
    public static Asker OfMessage(JsonElement message, string channelId, string language) =>
        new(Platform, message.Object("author")?.String("id") ?? string.Empty, channelId, language);

    /// <summary>"id" for an Indonesian Discord client, else "en": the two languages of the tipline's text.</summary>
    public static string LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id" : "en";
}
