using System.Globalization;
using System.Text.Json;

namespace FactCheck.Discord.Adapter;

/// <summary>Reads the caller's permissions from an interaction: <c>member.permissions</c>, which Discord computes for
/// the channel the command was used in (roles and that channel's overwrites included), as a decimal bit set.</summary>
internal static class DiscordPermissions
{
    /// <summary>ADMINISTRATOR: every permission, whatever the overwrites say.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_CHANNELS: edit a channel's settings (name, topic, slowmode); autocheck is one more of them.</summary>
    public const ulong ManageChannels = 1UL << 4;

    /// <summary>True when the caller may manage the channel; false outside a server, or when the field is missing or
    /// unreadable (not knowing means no: the switch is refused and a moderator can try again).</summary>
    public static bool MayManageChannel(JsonElement interaction) =>
        interaction.Object("member")?.String("permissions") is { } text
        && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (bits & (Administrator | ManageChannels)) != 0;
}
