using FactCheck.Discord.Tips;

namespace FactCheck.Discord.Adapter;

/// <summary>The application commands, as the JSON body of PUT /applications/{app}/commands.</summary>
internal static class CommandDefinitions
{
    private const int ChatInput = 1;
    private const int MessageCommand = 3;
    private const int StringOption = 3;

    // The tipline answers in servers and in the bot's DMs; its notifications need a DM the bot can open.
    private static readonly int[] ServerAndDm = [0, 1];

    /// <summary>The commands; contexts are only allowed on global commands, so a guild registration leaves them out.</summary>
    public static IReadOnlyList<Dictionary<string, object>> All(bool global)
    {
        var check = new Dictionary<string, object>
        {
            ["name"] = CommandNames.Check,
            ["type"] = ChatInput,
            ["description"] = "Look a text up in published fact-checks",
            ["description_localizations"] = new Dictionary<string, string> { ["id"] = "Cari teks dalam cek fakta yang sudah terbit" },
            ["options"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = StringOption,
                    ["name"] = CommandNames.CheckText,
                    ["description"] = "The text to check",
                    ["description_localizations"] = new Dictionary<string, string> { ["id"] = "Teks yang ingin dicek" },
                    ["required"] = true,
                },
            },
        };
        var factCheck = new Dictionary<string, object> { ["name"] = CommandNames.FactCheckMessage, ["type"] = MessageCommand };
        var visibility = new Dictionary<string, object>
        {
            ["name"] = CommandNames.Visibility,
            ["type"] = ChatInput,
            ["description"] = "Show Fact-check answers to everyone or only to whoever asked (this server)",

            // MANAGE_GUILD: only server managers see and use it.
            ["default_member_permissions"] = "32",
            ["options"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = StringOption,
                    ["name"] = CommandNames.VisibilityMode,
                    ["description"] = "public or private",
                    ["required"] = true,
                    ["choices"] = new[]
                    {
                        new Dictionary<string, string> { ["name"] = "public", ["value"] = CommandNames.Public },
                        new Dictionary<string, string> { ["name"] = "private (only whoever asked)", ["value"] = CommandNames.Ephemeral },
                    },
                },
            },
        };

        var autocheck = new Dictionary<string, object>
        {
            ["name"] = CommandNames.Autocheck,
            ["type"] = ChatInput,
            ["description"] = "Check every message in this channel; speak only on ones rated false or misleading",
            ["description_localizations"] = new Dictionary<string, string> { ["id"] = "Cek setiap pesan di kanal ini; bicara hanya pada yang dinilai salah atau menyesatkan" },

            // MANAGE_CHANNELS: autocheck is a setting of the channel, like its slowmode. Server managers can widen who
            // sees the command (Integrations), but the handler still asks for the permission in member.permissions.
            ["default_member_permissions"] = DiscordPermissions.ManageChannels.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["options"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = StringOption,
                    ["name"] = CommandNames.AutocheckMode,
                    ["description"] = "on or off",
                    ["description_localizations"] = new Dictionary<string, string> { ["id"] = "nyala atau mati" },
                    ["required"] = true,
                    ["choices"] = new[]
                    {
                        new Dictionary<string, object> { ["name"] = "on", ["name_localizations"] = new Dictionary<string, string> { ["id"] = "nyala" }, ["value"] = CommandNames.On },
                        new Dictionary<string, object> { ["name"] = "off", ["name_localizations"] = new Dictionary<string, string> { ["id"] = "mati" }, ["value"] = CommandNames.Off },
                    },
                },
            },
        };

        var tips = TipCommandDefinitions.All().ToList();
        if (global)
        {
            // 0 = servers, 1 = the bot's DMs, 2 = private channels (user installs).
            check["contexts"] = new[] { 0, 1, 2 };
            factCheck["contexts"] = new[] { 0, 1, 2 };
            visibility["contexts"] = new[] { 0 };
            autocheck["contexts"] = new[] { 0 };
            tips.ForEach(t => t["contexts"] = ServerAndDm);
        }

        return [check, factCheck, visibility, autocheck, .. tips];
    }
}
