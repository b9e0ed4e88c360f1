using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Import;

/// <summary>A claim store in a dictionary, comparing claims by value: enough to test the importer without a database.</summary>
internal sealed class InMemoryClaimStore : IClaimStore
{
    private readonly Dictionary<string, Claim> claims = new(StringComparer.Ordinal);

    public int UpsertCalls { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> incoming, CancellationToken cancellationToken)
    {
        UpsertCalls++;
        int added = 0, updated = 0, unchanged = 0;
        foreach (var claim in incoming)
        {
            if (!claims.TryGetValue(claim.Id, out var stored))
            {
                added++;
            }
            else if (Same(stored, claim))
            {
                unchanged++;
            }
            else
            {
                updated++;
            }

            claims[claim.Id] = claim;
        }

        return Task.FromResult(new UpsertCounts(added, updated, unchanged));
    }

    public Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Claim>>([.. claims.Values]);

    public Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken) =>
        Task.FromResult(claims.GetValueOrDefault(claimId));

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(claims.Count);

    private static bool Same(Claim a, Claim b) =>
        a.Text == b.Text && a.Language == b.Language && a.Phrasings.SequenceEqual(b.Phrasings)
        && a.Appearances.SequenceEqual(b.Appearances) && a.Reviews.SequenceEqual(b.Reviews);
}
