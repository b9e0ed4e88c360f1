namespace FactCheck.Core.Conversation;

/// <summary>What the autocheck switch says back, in English and Indonesian, worded for where it is switched (a
/// Telegram group and its admins, a Discord channel and whoever may manage it). Plain text; adapters escape it.</summary>
/// <param name="On">Switched on; {0} is the hourly budget.</param>
/// <param name="Off">Switched off.</param>
/// <param name="ModeratorsOnly">The caller may not switch it here.</param>
/// <param name="GroupsOnly">Asked in a private chat, where every message is checked anyway.</param>
public sealed record AutocheckTexts(string On, string Off, string ModeratorsOnly, string GroupsOnly)
{
    public static readonly AutocheckTexts TelegramEnglish = new(
        On: "Autocheck is on: I will read every message I can see and reply only when one confidently matches a claim rated false or misleading, at most {0} times an hour. (With privacy mode on, I see only commands and replies: an admin can turn it off in @BotFather.)",
        Off: "Autocheck is off: I reply only to /check and to mentions.",
        ModeratorsOnly: "Only the group's admins can switch autocheck.",
        GroupsOnly: "Autocheck is for groups; here every message you send is checked anyway.");

    public static readonly AutocheckTexts TelegramIndonesian = new(
        On: "Autocheck menyala: saya membaca setiap pesan yang terlihat dan hanya membalas bila sebuah pesan jelas cocok dengan klaim yang dinilai salah atau menyesatkan, paling banyak {0} kali per jam. (Dengan mode privasi menyala, saya hanya melihat perintah dan balasan: admin dapat mematikannya di @BotFather.)",
        Off: "Autocheck mati: saya hanya membalas /check dan sebutan.",
        ModeratorsOnly: "Hanya admin grup yang dapat mengubah autocheck.",
        GroupsOnly: "Autocheck untuk grup; di sini setiap pesan Anda memang dicek.");

    public static readonly AutocheckTexts DiscordEnglish = new(
        On: "Autocheck is on in this channel: I will read every message here and reply only when one confidently matches a claim rated false or misleading, at most {0} times an hour.",
        Off: "Autocheck is off in this channel: I reply only to mentions, /check and the Fact-check command.",
        ModeratorsOnly: "Only members who may manage this channel (the Manage Channels permission) can switch autocheck.",
        GroupsOnly: "Autocheck is for server channels; here every message you send is checked anyway.");

    public static readonly AutocheckTexts DiscordIndonesian = new(
        On: "Autocheck menyala di kanal ini: saya membaca setiap pesan di sini dan hanya membalas bila sebuah pesan jelas cocok dengan klaim yang dinilai salah atau menyesatkan, paling banyak {0} kali per jam.",
        Off: "Autocheck mati di kanal ini: saya hanya membalas sebutan, /check, dan perintah Fact-check.",
        ModeratorsOnly: "Hanya anggota yang boleh mengelola kanal ini (izin Manage Channels) yang dapat mengubah autocheck.",
        GroupsOnly: "Autocheck untuk kanal server; di sini setiap pesan Anda memang dicek.");

    // Platforms as data: a platform without its own wording gets the group wording, which fits any group chat.
    private static readonly Dictionary<Platform, (AutocheckTexts English, AutocheckTexts Indonesian)> ByPlatform = new()
    {
        [Platform.Telegram] = (TelegramEnglish, TelegramIndonesian),
        [Platform.Discord] = (DiscordEnglish, DiscordIndonesian),
    };

    /// <summary>The texts for a platform and a language code; English for anything but Indonesian.</summary>
    public static AutocheckTexts For(Platform platform, string? language)
    {
        var (english, indonesian) = ByPlatform.TryGetValue(platform, out var texts) ? texts : ByPlatform[Platform.Telegram];
        return ConversationTexts.Normalize(language) == "id" ? indonesian : english;
    }
}
