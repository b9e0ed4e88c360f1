using System.Globalization;
using FactCheck.Core.Checking.Log;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The text-free check log in SQLite (tables created by migration 0004_check_log).</summary>
public sealed class SqliteCheckLog(SqliteDatabase database) : ICheckLog
{
    /// <inheritdoc/>
    public async Task RecordAsync(CheckRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO check_log (checked_at, platform, text_hash, outcome) VALUES ($at, $platform, $hash, $outcome);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$at", SqliteValues.Moment(record.At));
        insert.Parameters.AddWithValue("$platform", record.Platform);
        insert.Parameters.AddWithValue("$hash", record.TextHash);
        insert.Parameters.AddWithValue("$outcome", record.Outcome.ToString());
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        await using var claim = connection.CreateCommand();
        claim.Transaction = transaction;
        claim.CommandText = "INSERT INTO check_log_claims (check_id, position, claim_id) VALUES ($id, $position, $claim)";
        claim.Parameters.AddWithValue("$id", id);
        var position = claim.Parameters.Add("$position", SqliteType.Integer);
        var claimId = claim.Parameters.Add("$claim", SqliteType.Text);
        for (var i = 0; i < record.ClaimIds.Count; i++)
        {
            position.Value = i;
            claimId.Value = record.ClaimIds[i];
            await claim.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<CheckStats> SummarizeAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var from = SqliteValues.Moment(since);
        await using var counts = connection.CreateCommand();
        counts.CommandText = """
            SELECT outcome, COUNT(*), COUNT(DISTINCT text_hash) FROM check_log
            WHERE checked_at >= $from AND outcome <> 'NothingToCheck' GROUP BY outcome;
            SELECT COUNT(DISTINCT text_hash) FROM check_log WHERE checked_at >= $from AND outcome <> 'NothingToCheck';
            """;
        counts.Parameters.AddWithValue("$from", from);
        var byOutcome = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = 0;
        await using (var reader = await counts.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byOutcome[reader.GetString(0)] = reader.GetInt32(1);
            }

            await reader.NextResultAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                distinct = reader.GetInt32(0);
            }
        }

        await using var claims = connection.CreateCommand();
        claims.CommandText = """
            SELECT c.claim_id, COUNT(*) AS n FROM check_log_claims c JOIN check_log l ON l.id = c.check_id
            WHERE l.checked_at >= $from GROUP BY c.claim_id ORDER BY n DESC, c.claim_id LIMIT $top
            """;
        claims.Parameters.AddWithValue("$from", from);
        claims.Parameters.AddWithValue("$top", top);
        var topClaims = new List<ClaimCount>();
        await using (var reader = await claims.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                topClaims.Add(new ClaimCount(reader.GetString(0), reader.GetInt32(1)));
            }
        }

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
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM check_log WHERE checked_at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", SqliteValues.Moment(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
