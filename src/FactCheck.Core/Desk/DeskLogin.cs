using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Desk;

/// <summary>Sign-in without passwords: a reviewer asks the bot for a one-time link (random 256 bits, stored hashed,
/// single use, <see cref="LinkLifetime"/>), which the desk turns into a session; every use of a session checks the
/// reviewer lists again, so removing a reviewer ends their sessions.</summary>
/// <param name="store">Where the hashes live.</param>
/// <param name="reviewers">The reviewer lists as they are now (read on every call: a reload takes effect at once).</param>
/// <param name="time">The clock (tests move a fake one past the link's lifetime).</param>
/// <param name="baseUrl">The desk's public address ("https://desk.example.org"), read when a link is written.</param>
/// <param name="sessionLifetime">How long a session lasts after sign-in.</param>
public sealed class DeskLogin(IDeskStore store, Func<ReviewerOptions> reviewers, TimeProvider time, Func<string> baseUrl, TimeSpan sessionLifetime)
{
    /// <summary>How long a sign-in link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The path a link opens, with the secret as its `token` query value.</summary>
    public const string LoginPath = "/desk/login";

    /// <summary>True when <paramref name="who"/> may use the desk: a reviewer listed by user id (a reviewers' chat
    /// vouches for its members only inside that chat), or the console's operator.</summary>
    public bool Allows(DeskIdentity who) => reviewers().Allows(new Reviewer(who.Platform, who.UserId));

    /// <summary>A new sign-in link for <paramref name="who"/>, or null when they are not a reviewer.</summary>
    public async Task<string?> IssueLinkAsync(DeskIdentity who, CancellationToken cancellationToken)
    {
        if (!Allows(who))
        {
            return null;
        }

        var secret = NewSecret();
        var now = time.GetUtcNow();
        await store.SaveAsync(new DeskToken(Hash(secret), DeskTokenKind.Link, who, now, now + LinkLifetime), now, cancellationToken);
        return baseUrl().TrimEnd('/') + LoginPath + "?token=" + secret;
    }

    /// <summary>Turns a link's secret into a session: the session's secret (for the cookie) and its owner, or null when
    /// the link is unknown, used, expired, or its owner is no longer a reviewer.</summary>
    public async Task<(string Secret, DeskIdentity Owner)?> RedeemAsync(string? linkSecret, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(linkSecret))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (await store.RedeemLinkAsync(Hash(linkSecret!), now, cancellationToken) is not { } link || !Allows(link.Owner))
        {
            return null;
        }

        var secret = NewSecret();
        await store.SaveAsync(new DeskToken(Hash(secret), DeskTokenKind.Session, link.Owner, now, now + sessionLifetime), now, cancellationToken);
        return (secret, link.Owner);
    }

    /// <summary>The reviewer signed in with this session secret, or null. A session whose owner left the reviewer
    /// lists is revoked here, with every other one of theirs.</summary>
    public async Task<DeskIdentity?> SessionAsync(string? sessionSecret, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(sessionSecret)
            || await store.FindSessionAsync(Hash(sessionSecret!), time.GetUtcNow(), cancellationToken) is not { } session)
        {
            return null;
        }

        if (!Allows(session.Owner))
        {
            await store.RevokeAllAsync(session.Owner.Platform, session.Owner.UserId, cancellationToken);
            return null;
        }

        return session.Owner;
    }

    /// <summary>Ends the session (logout).</summary>
    public Task LogoutAsync(string? sessionSecret, CancellationToken cancellationToken) =>
        IsWellFormed(sessionSecret) ? store.RevokeAsync(Hash(sessionSecret!), cancellationToken) : Task.CompletedTask;

    // 32 random bytes, base64url: 43 characters that survive a URL and a chat message unchanged.
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    // Anything else (a megabyte, binary) is refused before it reaches the store.
    private static bool IsWellFormed(string? secret) =>
        secret is { Length: 43 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
