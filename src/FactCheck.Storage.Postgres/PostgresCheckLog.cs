using FactCheck.Core.Checking.Log;

namespace FactCheck.Storage.Postgres;

/// <summary>The text-free check log in PostgreSQL.</summary>
public sealed class PostgresCheckLog(PostgresDatabase database) : ICheckLog
{
    /// <inheritdoc/>
    public async Task RecordAsync(CheckRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = (long)(await PostgresSql.ScalarAsync(connection, transaction,
            "INSERT INTO check_log (checked_at, platform, text_hash, outcome) VALUES (@at, @platform, @hash, @outcome) RETURNING id", cancellationToken,
            ("at", PostgresValues.Moment(record.At)), ("platform", record.Platform), ("hash", record.TextHash), ("outcome", record.Outcome.ToString())))!;
        if (record.ClaimIds.Count > 0)
        {
            await PostgresSql.ExecuteAsync(connection, transaction,
                "INSERT INTO check_log_claims (check_id, position, claim_id) SELECT @id, c.ordinality - 1, c.claim_id FROM unnest(@claims) WITH ORDINALITY AS c (claim_id, ordinality)",
                cancellationToken, ("id", id), ("claims", record.ClaimIds.ToArray()));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<CheckStats> SummarizeAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var from = PostgresValues.Moment(since);
        var byOutcome = (await PostgresSql.ListAsync(connection, null,
            "SELECT outcome, COUNT(*)::int FROM check_log WHERE checked_at >= @from AND outcome <> 'NothingToCheck' GROUP BY outcome",
            r => (Outcome: r.GetString(0), Count: r.GetInt32(1)), cancellationToken, ("from", from))).ToDictionary(r => r.Outcome, r => r.Count, StringComparer.Ordinal);
        var distinct = Convert.ToInt32(await PostgresSql.ScalarAsync(connection, null,
            "SELECT COUNT(DISTINCT text_hash) FROM check_log WHERE checked_at >= @from AND outcome <> 'NothingToCheck'", cancellationToken, ("from", from)),
            System.Globalization.CultureInfo.InvariantCulture);
        var topClaims = await PostgresSql.ListAsync(connection, null,
            "SELECT c.claim_id, COUNT(*)::int AS n FROM check_log_claims c JOIN check_log l ON l.id = c.check_id " +
            "WHERE l.checked_at >= @from GROUP BY c.claim_id ORDER BY n DESC, c.claim_id COLLATE \"C\" LIMIT @top",
            r => new ClaimCount(r.GetString(0), r.GetInt32(1)), cancellationToken, ("from", from), ("top", top));

        int Count(CheckOutcome outcome) => byOutcome.GetValueOrDefault(outcome.ToString());
        var replied = Count(CheckOutcome.Reply);
        var suggested = Count(CheckOutcome.Suggest);
        var none = Count(CheckOutcome.NoMatch);
        return new CheckStats(replied + suggested + none, replied, suggested, none, distinct, topClaims);
    }

    /// <inheritdoc/>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresSql.ExecuteAsync(connection, null, "DELETE FROM check_log WHERE checked_at < @cutoff", cancellationToken, ("cutoff", PostgresValues.Moment(cutoff)));
    }
}
