namespace FactCheck.Core.Feeds;

/// <summary>Where a notice for the reviewers goes when no reviewer's command caused it (a feed's suggestion).</summary>
/// <remarks>The host's default writes it to the log; the reviewers' chats are reached once reviewer notices go through
/// the outbox (the conversation work), which only has to implement this one method.</remarks>
public interface IReviewerAnnouncer
{
    /// <summary>Delivers <paramref name="notice"/> (plain text, already in the reviewers' language) on a best-effort basis.</summary>
    Task AnnounceAsync(string notice, CancellationToken cancellationToken);
}
