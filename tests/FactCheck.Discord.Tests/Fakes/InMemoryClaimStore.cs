using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>An empty claim store in memory: a checker over it finds nothing.</summary>
internal sealed class InMemoryClaimStore : IClaimStore
{
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken) =>
        Task.FromResult(new UpsertCounts(claims.Count, 0, 0));

    public Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Claim>>([]);

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
