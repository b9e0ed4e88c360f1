using FactCheck.Core.Claims;
using FactCheck.Storage.Relational;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>Writes claims inside one transaction: the claim row, then its phrasings, appearances and reviews in one
/// round trip (a batch), since an import writes thousands of claims.</summary>
internal sealed class PostgresClaimWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : ISqlClaimWriter
{
    public async Task<string?> StoredHashAsync(string id, CancellationToken cancellationToken) =>
        await Sql.ScalarAsync(connection, transaction, "SELECT content_hash FROM claims WHERE id = @id", cancellationToken, ("id", id)) as string;

    public async Task<Claim> LoadStoredAsync(string id, CancellationToken cancellationToken) =>
        (await SqlClaimReader.LoadAsync(connection, transaction, PostgresDialect.Instance, id, cancellationToken)).Single();

    public Task InsertAsync(Claim claim, string hash, CancellationToken cancellationToken) =>
        WriteAsync(claim, hash, replace: false, cancellationToken);

    public Task ReplaceAsync(Claim claim, string hash, CancellationToken cancellationToken) =>
        WriteAsync(claim, hash, replace: true, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task WriteAsync(Claim claim, string hash, bool replace, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var now = SqlValues.Now();
        if (replace)
        {
            Add(batch, "UPDATE claims SET text = @text, language = @language, content_hash = @hash, updated_at = @now WHERE id = @id",
                ("id", claim.Id), ("text", claim.Text), ("language", claim.Language), ("hash", hash), ("now", now));
            Add(batch, "DELETE FROM claim_phrasings WHERE claim_id = @id", ("id", claim.Id));
            Add(batch, "DELETE FROM claim_appearances WHERE claim_id = @id", ("id", claim.Id));
            Add(batch, "DELETE FROM claim_reviews WHERE claim_id = @id", ("id", claim.Id));
        }
        else
        {
            Add(batch, "INSERT INTO claims (id, text, language, content_hash, created_at, updated_at) VALUES (@id, @text, @language, @hash, @now, @now)",
                ("id", claim.Id), ("text", claim.Text), ("language", claim.Language), ("hash", hash), ("now", now));
        }

        for (var i = 0; i < claim.Phrasings.Count; i++)
        {
            var p = claim.Phrasings[i];
            Add(batch, "INSERT INTO claim_phrasings (claim_id, position, text, language) VALUES (@id, @position, @text, @language)",
                ("id", claim.Id), ("position", i), ("text", p.Text), ("language", SqlValues.OrNull(p.Language)));
        }

        for (var i = 0; i < claim.Appearances.Count; i++)
        {
            Add(batch, "INSERT INTO claim_appearances (claim_id, position, url) VALUES (@id, @position, @url)",
                ("id", claim.Id), ("position", i), ("url", claim.Appearances[i]));
        }

        for (var i = 0; i < claim.Reviews.Count; i++)
        {
            var r = claim.Reviews[i];
            Add(batch,
                "INSERT INTO claim_reviews (claim_id, url, position, publisher_name, publisher_site, rating_text, verdict, published_on, headline, language, summary) " +
                "VALUES (@id, @url, @position, @name, @site, @rating, @verdict, @published, @headline, @language, @summary)",
                ("id", claim.Id), ("url", r.Url), ("position", i), ("name", r.Publisher.Name),
                ("site", SqlValues.OrNull(r.Publisher.Site)), ("rating", r.RatingText), ("verdict", r.Verdict.ToString()),
                ("published", SqlValues.Day(r.PublishedOn)), ("headline", SqlValues.OrNull(r.Headline)),
                ("language", SqlValues.OrNull(r.Language)), ("summary", SqlValues.OrNull(r.Summary)));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds a statement; a null where the schema wants a value fails the statement and so the transaction.</summary>
    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        batch.BatchCommands.Add(command);
    }
}
