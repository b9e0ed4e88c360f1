namespace FactCheck.Discord.Model;

/// <summary>Which mentions in a message may ping; the bot never pings anybody.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, bool RepliedUser)
{
    /// <summary>Nobody is pinged, not even the author of the message replied to.</summary>
    public static AllowedMentions None { get; } = new([], false);
}
