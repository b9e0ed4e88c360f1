using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Storage;

/// <summary>The fallback session of a store without batched transactions: gathers the batches and upserts them at once.</summary>
/// <remarks>Memory grows with the file; stores that import large files implement their own session.</remarks>
internal sealed class BufferedUpsertSession(IClaimStore store) : IClaimUpsertSession
{
    private readonly List<Claim> claims = [];

    public Task UpsertAsync(IReadOnlyList<Claim> batch, CancellationToken cancellationToken)
    {
        claims.AddRange(batch);
        return Task.CompletedTask;
    }

    public async Task<UpsertCounts> CommitAsync(CancellationToken cancellationToken) =>
        claims.Count == 0 ? new UpsertCounts(0, 0, 0) : await store.UpsertAsync(ClaimMerger.Merge(claims), cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
