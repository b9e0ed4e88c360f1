namespace FactCheck.Core.Conversation;

/// <summary>The `Conversation` section: the rules every surface shares.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Checks (and submissions) per user per minute on any platform; beyond it the user is told once to wait.
    /// Telegram:ChecksPerUserPerMinute, its older name, still applies when this is not set.</summary>
    public int ChecksPerUserPerMinute { get; set; } = 20;

    /// <summary>How often autocheck may speak in one chat per hour (0: never). Telegram:AutocheckRepliesPerGroupPerHour,
    /// its older name, still applies when this is not set.</summary>
    public int AutocheckRepliesPerChatPerHour { get; set; } = 5;

    /// <summary>The options from configuration values (<paramref name="read"/> gives a key's value or null):
    /// Conversation:ChecksPerUserPerMinute, else the older Telegram:ChecksPerUserPerMinute, else 20; the same for
    /// Conversation:AutocheckRepliesPerChatPerHour (Telegram:AutocheckRepliesPerGroupPerHour, 5).</summary>
    public static ConversationOptions From(Func<string, string?> read)
    {
        static int? Number(string? value) =>
            int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        return new ConversationOptions
        {
            ChecksPerUserPerMinute = Number(read(Section + ":ChecksPerUserPerMinute")) ?? Number(read("Telegram:ChecksPerUserPerMinute")) ?? 20,
            AutocheckRepliesPerChatPerHour = Number(read(Section + ":AutocheckRepliesPerChatPerHour")) ?? Number(read("Telegram:AutocheckRepliesPerGroupPerHour")) ?? 5,
        };
    }
}
