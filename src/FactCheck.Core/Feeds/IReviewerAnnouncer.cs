namespace FactCheck.Core.Feeds;

/// <summary>Where a notice for the reviewers goes when no reviewer's command caused it (a feed's suggestion).</summary>
/// <remarks>The host's is <see cref="Tips.Outbox.ReviewerNotices"/>: every platform's reviewers' chats, through the
/// outbox, so a suggestion made by `feeds sync` in another process is delivered by the running bot.</remarks>
public interface IReviewerAnnouncer
{
    /// <summary>Delivers <paramref name="notice"/> (plain text, already in the reviewers' language) (queued and retried until delivered).</summary>
    Task AnnounceAsync(string notice, CancellationToken cancellationToken);
}
