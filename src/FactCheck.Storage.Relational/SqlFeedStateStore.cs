using FactCheck.Core.Feeds;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>The feeds' memory: sources' runs and cursors, read addresses' validators, tip suggestions.</summary>
public sealed class SqlFeedStateStore(ISqlDatabase database) : IFeedStateStore
{
    public async Task<IReadOnlyList<FeedSourceState>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ListAsync(connection, null,
            $"SELECT name, last_run_at, last_success_at, cursor, last_error, last_error_at FROM feed_sources ORDER BY name{database.Dialect.CodePointOrder}",
            r => new FeedSourceState(r.GetString(0), SqlValues.Moment(r, 1), SqlValues.Moment(r, 2), SqlValues.Text(r, 3), SqlValues.Text(r, 4), SqlValues.Moment(r, 5)),
            cancellationToken);
    }

    public async Task SaveRunAsync(string source, DateTimeOffset at, string? cursor, string? lastError, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // A failed run keeps the last success and the cursor; a successful one clears the error.
        var sql = lastError is null
            ? "INSERT INTO feed_sources (name, last_run_at, last_success_at, cursor) VALUES (@n, @t, @t, @c) " +
              "ON CONFLICT (name) DO UPDATE SET last_run_at = @t, last_success_at = @t, cursor = COALESCE(@c, feed_sources.cursor), last_error = NULL, last_error_at = NULL"
            : "INSERT INTO feed_sources (name, last_run_at, cursor, last_error, last_error_at) VALUES (@n, @t, @c, @e, @t) " +
              "ON CONFLICT (name) DO UPDATE SET last_run_at = @t, cursor = COALESCE(@c, feed_sources.cursor), last_error = @e, last_error_at = @t";
        await Sql.ExecuteAsync(connection, null, sql, cancellationToken,
            ("n", source), ("t", SqlValues.Moment(at)), ("c", SqlValues.String(cursor)), ("e", SqlValues.String(lastError)));
    }

    public async Task<FeedResourceState?> GetResourceAsync(string source, string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await Sql.ListAsync(connection, null,
            "SELECT etag, last_modified, fetched_at FROM feed_resources WHERE source = @s AND url = @u",
            r => new FeedResourceState(url, new ResourceValidators(SqlValues.Text(r, 0), SqlValues.Text(r, 1)), SqlValues.ReadMoment(r.GetString(2))),
            cancellationToken, ("s", source), ("u", url));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task SaveResourceAsync(string source, string url, ResourceValidators validators, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // A 304 brings no new validators: the ones we sent stay.
        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO feed_resources (source, url, etag, last_modified, fetched_at) VALUES (@s, @u, @e, @m, @t) " +
            "ON CONFLICT (source, url) DO UPDATE SET etag = COALESCE(@e, feed_resources.etag), last_modified = COALESCE(@m, feed_resources.last_modified), fetched_at = @t",
            cancellationToken, ("s", source), ("u", url), ("e", SqlValues.String(validators.ETag)), ("m", SqlValues.String(validators.LastModified)), ("t", SqlValues.Moment(at)));
    }

    public async Task<bool> AddSuggestionAsync(FeedSuggestion suggestion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null,
            "INSERT INTO feed_suggestions (tip_id, claim_id, source, confidence, suggested_at) SELECT @t, @c, @s, @p, @a " +
            "WHERE EXISTS (SELECT 1 FROM tips WHERE id = @t) ON CONFLICT (tip_id, claim_id) DO NOTHING", cancellationToken,
            ("t", suggestion.TipId), ("c", suggestion.ClaimId), ("s", suggestion.Source), ("p", suggestion.Confidence), ("a", SqlValues.Moment(suggestion.SuggestedAt))) == 1;
    }

    public async Task<IReadOnlyList<FeedSuggestion>> ListOpenSuggestionsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ListAsync(connection, null,
            "SELECT s.tip_id, s.claim_id, s.source, s.confidence, s.suggested_at FROM feed_suggestions s JOIN tips t ON t.id = s.tip_id " +
            "WHERE t.status = 'Open' ORDER BY s.suggested_at DESC, s.tip_id LIMIT @l",
            r => new FeedSuggestion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3), SqlValues.ReadMoment(r.GetString(4))),
            cancellationToken, ("l", limit));
    }
}
