using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;

namespace FactCheck.Discord.Adapter;

/// <summary>A Discord message or interaction as the conversation's <see cref="Incoming"/>.</summary>
/// <remarks>ChatId is the channel the user acted in (their DM with the bot, or a server channel): it tells whether a
/// reviewers' channel is acting. Notifications never go there but always to the user's DM (see DiscordTipChannel).</remarks>
internal static class DiscordIncoming
{
    private const int DmChannelType = 1;
    private const int BotDmContext = 1;

    /// <summary>The caller of an interaction (in a server it carries member.user, in a DM user), or null when
    /// malformed. Interaction answers here are ephemeral or the caller's own, so nobody else reads a reviewer's queue;
    /// anywhere but the user's DM with the bot, a verdict comes in a private message.</summary>
    public static Incoming? OfInteraction(JsonElement interaction, string text, ChatCommand? command)
    {
        var user = interaction.Object("member")?.Object("user") ?? interaction.Object("user");
        var userId = user?.String("id");
        var channelId = interaction.String("channel_id") ?? interaction.Object("channel")?.String("id");
        return userId is null || channelId is null
            ? null
            : new Incoming(Platform.Discord, userId, channelId, text, interaction.String("locale"), command)
            {
                NotifiedPrivately = !InBotDm(interaction),
            };
    }

    /// <summary>The author of a message: in a server channel others read the answer.</summary>
    public static Incoming OfMessage(JsonElement message, string channelId, string text, ChatCommand? command)
    {
        var inServer = message.String("guild_id") is not null;
        return new Incoming(Platform.Discord, message.Object("author")?.String("id") ?? string.Empty, channelId, text, Command: command)
        {
            SeenByOthers = inServer,
            NotifiedPrivately = inServer,
        };
    }

    /// <summary>True for an interaction in the user's DM with the bot: no server, a DM channel (type 1) where the
    /// channel is given, and not another private channel (context 2: a group DM, or a DM between two other users).</summary>
    public static bool InBotDm(JsonElement interaction) =>
        interaction.String("guild_id") is null
        && (interaction.Object("channel")?.Int("type") ?? DmChannelType) == DmChannelType
        && interaction.Int("context") is null or BotDmContext;
}
