namespace FactCheck.Core.Tips;

/// <summary>Who performs a reviewer action: a platform user id, or an operator's name on the command line.</summary>
/// <param name="Platform">"telegram", "discord" or "cli".</param>
/// <param name="UserId">The platform's user id, or the operator's name.</param>
public sealed record Reviewer(string Platform, string UserId)
{
    /// <summary>The platform name of the command line, whose operator already holds the database.</summary>
    public const string CommandLine = "cli";

    public override string ToString() => $"{Platform}:{UserId}";
}
