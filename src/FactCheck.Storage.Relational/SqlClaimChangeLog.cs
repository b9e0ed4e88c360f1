using System.Globalization;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>The change sequence kept by the triggers on claims (table claim_changes), read for the search index.</summary>
public sealed class SqlClaimChangeLog(ISqlDatabase database) : IClaimChangeLog
{
    public async Task<ClaimStoreState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        // One snapshot: the count and the sequence describe the same state of the store.
        await using var transaction = await database.Dialect.BeginSnapshotAsync(connection, cancellationToken);
        var storeId = (string)(await Sql.ScalarAsync(connection, transaction, "SELECT store_id FROM store_identity WHERE id = 1", cancellationToken))!;
        var sequence = Convert.ToInt64(
            await Sql.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM claim_changes", cancellationToken), CultureInfo.InvariantCulture);
        var count = Convert.ToInt32(await Sql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM claims", cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimStoreState(storeId, sequence, count);
    }

    public async Task<IReadOnlyList<ClaimChange>> ChangesAfterAsync(long sequence, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.Dialect.BeginSnapshotAsync(connection, cancellationToken);
        var changes = await Sql.ListAsync(connection, transaction,
            "SELECT seq, claim_id FROM claim_changes WHERE seq > @after ORDER BY seq LIMIT @max",
            r => (Seq: r.GetInt64(0), Id: r.GetString(1)), cancellationToken, ("after", sequence), ("max", max));
        if (changes.Count == 0)
        {
            return [];
        }

        // The claims of exactly these changes, in the same snapshot, so a claim matches its sequence number.
        // (`NOT deleted` reads a boolean in PostgreSQL and 0 or 1 in SQLite alike.)
        var claims = await SqlClaimReader.LoadWhereAsync(
            connection,
            transaction,
            database.Dialect,
            "{0} IN (SELECT claim_id FROM claim_changes WHERE seq > @after AND seq <= @last AND NOT deleted)",
            [("after", sequence), ("last", changes[^1].Seq)],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return changes.Select(c => new ClaimChange(c.Seq, c.Id, byId.GetValueOrDefault(c.Id))).ToList();
    }
}
