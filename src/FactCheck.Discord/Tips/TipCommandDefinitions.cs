using static FactCheck.Discord.Tips.TipCommandNames;

namespace FactCheck.Discord.Tips;

/// <summary>The tipline's slash commands, registered with the others. Reviewer commands are shown to everyone (Discord
/// cannot limit a command to a list of user ids); the tipline refuses anyone not configured.</summary>
internal static class TipCommandDefinitions
{
    private const int ChatInput = 1;
    private const int StringOption = 3;
    private const int IntegerOption = 4;

    public static IEnumerable<Dictionary<string, object>> All() =>
    [
        Command("submit", "Send a message to our fact-checkers", "Kirim pesan ke pemeriksa fakta kami", Text("text", "The message", required: true, maxLength: 4000)),
        Command("notify", "Be told, or not, when what you sent is fact-checked", "Atur pemberitahuan untuk pesan yang Anda kirim", OnOff()),
        Command("forget", "Delete everything this bot stores about you", "Hapus semua yang disimpan bot ini tentang Anda"),
        Command("privacy", "What this bot stores and for how long", "Apa yang disimpan bot ini dan berapa lama"),
        Command("queue", "Reviewers: open tips, most asked first", "Peninjau: laporan terbuka"),
        Command("tip", "Reviewers: open one tip", "Peninjau: buka satu laporan", Integer(Id, "The tip's number")),
        Command(
            "publish",
            "Reviewers: publish a fact-check for a tip",
            "Peninjau: terbitkan cek fakta untuk laporan",
            Integer(Tip, "The tip's number"),
            Text(Rating, "The rating words, e.g. False", required: true, maxLength: 200),
            Text(Url, "Link to the published fact-check", required: true, maxLength: 500),
            Text(Publisher, "Who published it", required: true, maxLength: 200),
            Text(Summary, "A short summary", required: false, maxLength: 1000)),
        Command("attach", "Reviewers: answer a tip with an existing claim", "Peninjau: jawab laporan dengan klaim yang ada", Integer(Tip, "The tip's number"), Text(Claim, "The claim's id", required: true, maxLength: 200)),
        Command("dismiss", "Reviewers: set a tip aside", "Peninjau: tutup laporan", Integer(Tip, "The tip's number")),
        Command("stats", "Reviewers: checks and tips over a period", "Peninjau: statistik", Integer(Days, "Over how many days (7 if left out)", required: false)),
    ];

    private static Dictionary<string, object> Command(string name, string description, string indonesian, params Dictionary<string, object>[] options) => new()
    {
        ["name"] = name,
        ["type"] = ChatInput,
        ["description"] = description,
        ["description_localizations"] = new Dictionary<string, string> { ["id"] = indonesian },
        ["options"] = options,
    };

    private static Dictionary<string, object> Text(string name, string description, bool required, int maxLength) => new()
    {
        ["type"] = StringOption,
        ["name"] = name,
        ["description"] = description,
        ["required"] = required,
        ["max_length"] = maxLength,
    };

    private static Dictionary<string, object> Integer(string name, string description, bool required = true) => new()
    {
        ["type"] = IntegerOption,
        ["name"] = name,
        ["description"] = description,
        ["required"] = required,
        ["min_value"] = 1,
    };

    private static Dictionary<string, object> OnOff() => new()
    {
        ["type"] = StringOption,
        ["name"] = Mode,
        ["description"] = "on or off",
        ["required"] = true,
        ["choices"] = new[]
        {
            new Dictionary<string, string> { ["name"] = "on", ["value"] = "on" },
            new Dictionary<string, string> { ["name"] = "off", ["value"] = "off" },
        },
    };
}
