using FactCheck.Core.Claims;

namespace FactCheck.Core.Storage;

/// <summary>Durable home of the claims. SQLite is the embedded default; other databases implement the same contract.</summary>
public interface IClaimStore
{
    /// <summary>Applies pending schema migrations; safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds or updates the claims in one transaction: either all of them are stored, or none.</summary>
    /// <remarks>A stored claim takes the incoming text and language; reviews are keyed by URL within the claim (an
    /// incoming review replaces the stored one with its URL, others are kept); phrasings and appearances are the union.
    /// A claim whose merged content equals what is stored counts as unchanged, so re-importing a file changes nothing.</remarks>
    Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken);

    /// <summary>Starts a transaction that a streamed file is written into batch by batch; nothing is stored before
    /// <see cref="IClaimUpsertSession.CommitAsync"/>. The default gathers the batches in memory and upserts them at once.</summary>
    Task<IClaimUpsertSession> BeginUpsertAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IClaimUpsertSession>(new BufferedUpsertSession(this));

    /// <summary>Every stored claim, with its phrasings, appearances and reviews.</summary>
    Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>The stored claim with this id, or null.</summary>
    Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken);

    /// <summary>Number of stored claims.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
