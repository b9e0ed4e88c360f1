using System.Globalization;
using FactCheck.Core.Checking.Log;

namespace FactCheck.Storage.Relational;

/// <summary>The text-free check log (tables check_log and check_log_claims).</summary>
public sealed class SqlCheckLog(ISqlDatabase database) : ICheckLog
{
    /// <inheritdoc/>
    public async Task RecordAsync(CheckRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = Convert.ToInt64(await Sql.ScalarAsync(connection, transaction,
            "INSERT INTO check_log (checked_at, platform, text_hash, outcome) VALUES (@at, @platform, @hash, @outcome) RETURNING id", cancellationToken,
            ("at", SqlValues.Moment(record.At)), ("platform", record.Platform), ("hash", record.TextHash), ("outcome", record.Outcome.ToString())),
            CultureInfo.InvariantCulture);
        if (record.ClaimIds.Count > 0)
        {
            // One statement for the few matched claims: (@id, 0, @c0), (@id, 1, @c1), …
            var (_, claims) = Sql.InList("c", record.ClaimIds);
            var rows = string.Join(", ", claims.Select((c, i) => $"(@id, {i.ToString(CultureInfo.InvariantCulture)}, @{c.Name})"));
            await Sql.ExecuteAsync(connection, transaction, $"INSERT INTO check_log_claims (check_id, position, claim_id) VALUES {rows}", cancellationToken,
                [("id", id), .. claims]);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<CheckStats> SummarizeAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var from = SqlValues.Moment(since);
        var byOutcome = (await Sql.ListAsync(connection, null,
            "SELECT outcome, COUNT(*) FROM check_log WHERE checked_at >= @from AND outcome <> 'NothingToCheck' GROUP BY outcome",
            r => (Outcome: r.GetString(0), Count: (int)r.GetInt64(1)), cancellationToken, ("from", from))).ToDictionary(r => r.Outcome, r => r.Count, StringComparer.Ordinal);
        var distinct = Convert.ToInt32(await Sql.ScalarAsync(connection, null,
            "SELECT COUNT(DISTINCT text_hash) FROM check_log WHERE checked_at >= @from AND outcome <> 'NothingToCheck'", cancellationToken, ("from", from)),
            CultureInfo.InvariantCulture);
        var topClaims = await Sql.ListAsync(connection, null,
            "SELECT c.claim_id, COUNT(*) AS n FROM check_log_claims c JOIN check_log l ON l.id = c.check_id " +
            $"WHERE l.checked_at >= @from GROUP BY c.claim_id ORDER BY n DESC, c.claim_id{database.Dialect.CodePointOrder} LIMIT @top",
            r => new ClaimCount(r.GetString(0), (int)r.GetInt64(1)), cancellationToken, ("from", from), ("top", top));

        int Count(CheckOutcome outcome) => byOutcome.GetValueOrDefault(outcome.ToString());
        var replied = Count(CheckOutcome.Reply);
        var suggested = Count(CheckOutcome.Suggest);
        var none = Count(CheckOutcome.NoMatch);
        return new CheckStats(replied + suggested + none, replied, suggested, none, distinct, topClaims);
    }

    /// <inheritdoc/>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null, "DELETE FROM check_log WHERE checked_at < @cutoff", cancellationToken, ("cutoff", SqlValues.Moment(cutoff)));
    }
}
