namespace FactCheck.Core.Conversation;

/// <summary>A chat surface as data: the name the stores and the reviewer settings key everything by.</summary>
/// <remarks>The names are the ones stored since the first release ("telegram", "discord", and "cli" for the console,
/// whose user is the trusted operator of the command line), so existing tips and settings keep their owners.</remarks>
public readonly record struct Platform(string Name)
{
    public static readonly Platform Telegram = new("telegram");
    public static readonly Platform Discord = new("discord");
    public static readonly Platform Console = new("cli");
    public static readonly Platform Web = new("web");

    /// <summary>Every platform a reviewers' notice may be posted on.</summary>
    public static IReadOnlyList<Platform> All { get; } = [Telegram, Discord, Console, Web];

    public override string ToString() => Name;
}
