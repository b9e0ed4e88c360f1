namespace FactCheck.Core.Desk;

/// <summary>Who a desk link or session belongs to: a reviewer of a chat platform (or the console's operator).</summary>
/// <param name="Platform">"telegram", "discord" or "cli".</param>
/// <param name="UserId">The platform's user id.</param>
/// <param name="Language">The desk's language at sign-in ("en" or "id"); the reviewer may switch it on the desk.</param>
public sealed record DeskIdentity(string Platform, string UserId, string Language)
{
    public override string ToString() => $"{Platform}:{UserId}";
}
