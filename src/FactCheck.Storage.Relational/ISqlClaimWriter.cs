using FactCheck.Core.Claims;

namespace FactCheck.Storage.Relational;

/// <summary>Writes claims inside one transaction, each provider the fastest way it has (a batch per claim in
/// PostgreSQL, prepared commands reused for every claim in SQLite), since an import writes thousands of claims.</summary>
public interface ISqlClaimWriter : IAsyncDisposable
{
    /// <summary>The stored claim's content hash, or null when there is none.</summary>
    Task<string?> StoredHashAsync(string id, CancellationToken cancellationToken);

    /// <summary>The stored claim with its phrasings, appearances and reviews.</summary>
    Task<Claim> LoadStoredAsync(string id, CancellationToken cancellationToken);

    Task InsertAsync(Claim claim, string hash, CancellationToken cancellationToken);

    /// <summary>Replaces the claim row and all its children.</summary>
    Task ReplaceAsync(Claim claim, string hash, CancellationToken cancellationToken);
}
