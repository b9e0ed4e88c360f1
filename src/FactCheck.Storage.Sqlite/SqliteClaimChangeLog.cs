using System.Globalization;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Sqlite;

/// <summary>The change sequence kept by the triggers of migration 0006 (claim_changes), read for the search index.</summary>
public sealed class SqliteClaimChangeLog(SqliteDatabase database) : IClaimChangeLog
{
    public async Task<ClaimStoreState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One read transaction: the count and the sequence describe the same state of the store.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var storeId = (string)(await SqliteSql.ScalarAsync(connection, transaction, "SELECT store_id FROM store_identity WHERE id = 1", cancellationToken))!;
        var sequence = Convert.ToInt64(
            await SqliteSql.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM claim_changes", cancellationToken), CultureInfo.InvariantCulture);
        var count = Convert.ToInt32(await SqliteSql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM claims", cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimStoreState(storeId, sequence, count);
    }

    public async Task<IReadOnlyList<ClaimChange>> ChangesAfterAsync(long sequence, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var changes = new List<(long Seq, string Id)>();
        await using (var command = SqliteSql.Command(connection, transaction,
            "SELECT seq, claim_id FROM claim_changes WHERE seq > $after ORDER BY seq LIMIT $max", ("$after", sequence), ("$max", max)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                changes.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        if (changes.Count == 0)
        {
            return [];
        }

        // The claims of exactly these changes, in the same read transaction, so a claim matches its sequence number.
        var claims = await SqliteClaimReader.LoadWhereAsync(
            connection,
            transaction,
            "{0} IN (SELECT claim_id FROM claim_changes WHERE seq > $after AND seq <= $last AND deleted = 0)",
            [("$after", sequence), ("$last", changes[^1].Seq)],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return changes.Select(c => new ClaimChange(c.Seq, c.Id, byId.GetValueOrDefault(c.Id))).ToList();
    }
}
