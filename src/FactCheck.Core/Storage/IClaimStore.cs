using FactCheck.Core.Claims;

namespace FactCheck.Core.Storage;

/// <summary>Durable home of the claims. SQLite is the embedded default; other databases implement the same contract.</summary>
public interface IClaimStore
{
    /// <summary>Applies pending schema migrations; safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds or updates the claims in one transaction: either all of them are stored, or none.</summary>
    Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken);

    /// <summary>Every stored claim, with its phrasings, appearances and reviews.</summary>
    Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>Number of stored claims.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
