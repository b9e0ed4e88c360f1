namespace FactCheck.Core.Tips;

/// <summary>A user who submitted a tip, and where to tell them the answer.</summary>
/// <param name="Platform">"telegram", "discord", "cli".</param>
/// <param name="UserId">The platform's user id.</param>
/// <param name="ChatId">The chat to send the answer to (a private chat or DM channel).</param>
/// <param name="Language">Reply language ("en" or "id").</param>
/// <param name="OptedOut">True when the user asked not to be notified.</param>
public sealed record Asker(string Platform, string UserId, string ChatId, string Language, bool OptedOut = false);
