namespace FactCheck.Core.Storage;

/// <summary>The store's change sequence: every added, updated or deleted claim takes the next number, so a search index
/// can say which state of the store it reflects and catch up with "the changes after N".</summary>
public interface IClaimChangeLog
{
    /// <summary>The store's identity, its latest change number and its claim count, read together.</summary>
    Task<ClaimStoreState> StateAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> changes after <paramref name="sequence"/>, oldest first, each with the claim
    /// as it is now (null when it was deleted). A claim changed twice appears once, at its latest number.</summary>
    Task<IReadOnlyList<ClaimChange>> ChangesAfterAsync(long sequence, int max, CancellationToken cancellationToken);
}
