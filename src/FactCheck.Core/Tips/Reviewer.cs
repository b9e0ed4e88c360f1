namespace FactCheck.Core.Tips;

/// <summary>Who performs a reviewer action: a platform user id, or an operator's name on the command line.</summary>
/// <param name="Platform">"telegram", "discord" or "cli".</param>
/// <param name="UserId">The platform's user id, or the operator's name.</param>
/// <param name="ChatId">The chat the action came from, when it came from a chat: a configured reviewers' chat lets
/// every member act. Never stored; the audit keeps the user.</param>
public sealed record Reviewer(string Platform, string UserId, string? ChatId = null)
{
    /// <summary>The platform name of the command line, whose operator already holds the database.</summary>
    public const string CommandLine = "cli";

    public override string ToString() => $"{Platform}:{UserId}";
}
