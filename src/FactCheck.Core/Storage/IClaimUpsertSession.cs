using FactCheck.Core.Claims;

namespace FactCheck.Core.Storage;

/// <summary>One transaction that claims are written into batch by batch (a streamed file): committed whole, or not at all.</summary>
/// <remarks>Claims repeated across batches are joined as records of one file are (<see cref="Import.ClaimMerger"/>):
/// the first record's text stays, later texts become phrasings, and each id is counted once.</remarks>
public interface IClaimUpsertSession : IAsyncDisposable
{
    /// <summary>Adds or updates one batch inside the transaction.</summary>
    Task UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken);

    /// <summary>Makes every batch durable and returns what the whole session did. Disposing without it rolls everything back.</summary>
    Task<UpsertCounts> CommitAsync(CancellationToken cancellationToken);
}
