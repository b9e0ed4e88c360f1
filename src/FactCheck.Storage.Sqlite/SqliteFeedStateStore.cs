using FactCheck.Core.Feeds;
using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The feeds' memory in the SQLite file: sources' runs and cursors, read addresses' validators, tip suggestions.</summary>
public sealed class SqliteFeedStateStore(SqliteDatabase database) : IFeedStateStore
{
    public async Task<IReadOnlyList<FeedSourceState>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, last_run_at, last_success_at, cursor, last_error, last_error_at FROM feed_sources ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<FeedSourceState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new FeedSourceState(
                reader.GetString(0),
                Moment(reader, 1),
                Moment(reader, 2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                Moment(reader, 5)));
        }

        return sources;
    }

    public async Task SaveRunAsync(string source, DateTimeOffset at, string? cursor, string? lastError, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A failed run keeps the last success and the cursor; a successful one clears the error.
        command.CommandText = lastError is null
            ? "INSERT INTO feed_sources (name, last_run_at, last_success_at, cursor) VALUES ($n, $t, $t, $c) " +
              "ON CONFLICT (name) DO UPDATE SET last_run_at = $t, last_success_at = $t, cursor = COALESCE($c, cursor), last_error = NULL, last_error_at = NULL"
            : "INSERT INTO feed_sources (name, last_run_at, cursor, last_error, last_error_at) VALUES ($n, $t, $c, $e, $t) " +
              "ON CONFLICT (name) DO UPDATE SET last_run_at = $t, cursor = COALESCE($c, cursor), last_error = $e, last_error_at = $t";
        command.Parameters.AddWithValue("$n", source);
        command.Parameters.AddWithValue("$t", SqliteValues.Moment(at));
        command.Parameters.AddWithValue("$c", SqliteValues.OrNull(cursor));
        command.Parameters.AddWithValue("$e", SqliteValues.OrNull(lastError));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<FeedResourceState?> GetResourceAsync(string source, string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified, fetched_at FROM feed_resources WHERE source = $s AND url = $u";
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$u", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedResourceState(
                url,
                new ResourceValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)),
                SqlValues.ReadMoment(reader.GetString(2)))
            : null;
    }

    public async Task SaveResourceAsync(string source, string url, ResourceValidators validators, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A 304 brings no new validators: the ones we sent stay.
        command.CommandText =
            "INSERT INTO feed_resources (source, url, etag, last_modified, fetched_at) VALUES ($s, $u, $e, $m, $t) " +
            "ON CONFLICT (source, url) DO UPDATE SET etag = COALESCE($e, etag), last_modified = COALESCE($m, last_modified), fetched_at = $t";
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$u", url);
        command.Parameters.AddWithValue("$e", SqliteValues.OrNull(validators.ETag));
        command.Parameters.AddWithValue("$m", SqliteValues.OrNull(validators.LastModified));
        command.Parameters.AddWithValue("$t", SqliteValues.Moment(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> AddSuggestionAsync(FeedSuggestion suggestion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO feed_suggestions (tip_id, claim_id, source, confidence, suggested_at) SELECT $t, $c, $s, $p, $a " +
            "WHERE EXISTS (SELECT 1 FROM tips WHERE id = $t) ON CONFLICT (tip_id, claim_id) DO NOTHING";
        command.Parameters.AddWithValue("$t", suggestion.TipId);
        command.Parameters.AddWithValue("$c", suggestion.ClaimId);
        command.Parameters.AddWithValue("$s", suggestion.Source);
        command.Parameters.AddWithValue("$p", suggestion.Confidence);
        command.Parameters.AddWithValue("$a", SqliteValues.Moment(suggestion.SuggestedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<FeedSuggestion>> ListOpenSuggestionsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT s.tip_id, s.claim_id, s.source, s.confidence, s.suggested_at FROM feed_suggestions s JOIN tips t ON t.id = s.tip_id " +
            "WHERE t.status = 'Open' ORDER BY s.suggested_at DESC, s.tip_id LIMIT $l";
        command.Parameters.AddWithValue("$l", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<FeedSuggestion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new FeedSuggestion(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), SqlValues.ReadMoment(reader.GetString(4))));
        }

        return list;
    }

    private static DateTimeOffset? Moment(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : SqlValues.ReadMoment(reader.GetString(ordinal));
}
