using FactCheck.Core.Images;

namespace FactCheck.Storage.Relational;

/// <summary>Image fingerprints kept with claims (table claim_image_hashes, migration 0008).</summary>
/// <remarks>The lookup reads every kept hash and compares: a linear scan, honest and simple, measured at about 0.1 s for
/// 100,000 hashes (see bench/README.md); a much larger collection needs an index such as multi-index hashing.</remarks>
public sealed class SqlImageFingerprintStore(ISqlDatabase database) : IImageFingerprintStore
{
    public async Task AddAsync(string claimId, IReadOnlyList<PdqHash> hashes, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var hash in hashes.Distinct())
        {
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO claim_image_hashes (claim_id, hash, source, created_at) VALUES (@c, @h, @s, @at) ON CONFLICT (claim_id, hash) DO NOTHING",
                cancellationToken, ("c", claimId), ("h", hash.ToBytes()), ("s", source), ("at", SqlValues.Moment(now)));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FingerprintMatch>> FindAsync(IReadOnlyList<PdqHash> hashes, int maxDistance, CancellationToken cancellationToken)
    {
        if (hashes.Count == 0)
        {
            return [];
        }

        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        var asked = hashes.ToArray();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, "SELECT claim_id, hash FROM claim_image_hashes");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var buffer = new byte[32];
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBytes(1, 0, buffer, 0, 32) != 32)
            {
                continue;
            }

            // The claim id is read only for a hash near enough: most rows cost a blob copy and a few popcounts.
            var kept = PdqHash.FromBytes(buffer);
            var distance = int.MaxValue;
            foreach (var hash in asked)
            {
                distance = Math.Min(distance, hash.DistanceTo(kept));
            }

            if (distance <= maxDistance)
            {
                var claimId = reader.GetString(0);
                best[claimId] = best.TryGetValue(claimId, out var known) ? Math.Min(known, distance) : distance;
            }
        }

        return [.. best.Select(b => new FingerprintMatch(b.Key, b.Value)).OrderBy(m => m.Distance).ThenBy(m => m.ClaimId, StringComparer.Ordinal)];
    }
}
