namespace FactCheck.Core.Desk;

/// <summary>Durable state of the reviewers' web desk: sign-in links and sessions (hashed), and the operations counts
/// its pages and /metrics show. SQLite implements it; another provider implements the same contract.</summary>
public interface IDeskStore
{
    /// <summary>Stores a new link or session; expired rows are removed on the way.</summary>
    Task SaveAsync(DeskToken token, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>In one step, marks the link used and returns it, when it exists, is unused and not expired at
    /// <paramref name="now"/>; null otherwise (so two redemptions of one link can never both succeed).</summary>
    Task<DeskToken?> RedeemLinkAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The live session with this hash, or null (unknown, revoked or expired).</summary>
    Task<DeskToken?> FindSessionAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes one session (logout); revoking it again changes nothing.</summary>
    Task RevokeAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Revokes every link and session of a reviewer (no longer on the reviewer lists).</summary>
    Task RevokeAllAsync(string platform, string userId, CancellationToken cancellationToken);

    /// <summary>Tip notifications still waiting to be delivered, on every platform.</summary>
    Task<int> CountPendingNotificationsAsync(CancellationToken cancellationToken);
}
