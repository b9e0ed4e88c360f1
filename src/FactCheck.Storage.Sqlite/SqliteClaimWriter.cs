using FactCheck.Core.Claims;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The prepared commands of one upsert transaction, reused for every claim (thousands per import).</summary>
internal sealed class SqliteClaimWriter : ISqlClaimWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand selectHash;
    private readonly SqliteCommand insertClaim;
    private readonly SqliteCommand updateClaim;
    private readonly SqliteCommand insertPhrasing;
    private readonly SqliteCommand insertAppearance;
    private readonly SqliteCommand insertReview;
    private readonly SqliteCommand deleteChildren;

    public SqliteClaimWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        selectHash = Command("SELECT content_hash FROM claims WHERE id = $id", "$id");
        insertClaim = Command(
            "INSERT INTO claims (id, text, language, content_hash, created_at, updated_at) VALUES ($id, $text, $language, $hash, $now, $now)",
            "$id", "$text", "$language", "$hash", "$now");
        updateClaim = Command(
            "UPDATE claims SET text = $text, language = $language, content_hash = $hash, updated_at = $now WHERE id = $id",
            "$id", "$text", "$language", "$hash", "$now");
        insertPhrasing = Command(
            "INSERT INTO claim_phrasings (claim_id, position, text, language) VALUES ($id, $position, $text, $language)",
            "$id", "$position", "$text", "$language");
        insertAppearance = Command(
            "INSERT INTO claim_appearances (claim_id, position, url) VALUES ($id, $position, $url)",
            "$id", "$position", "$url");
        insertReview = Command(
            "INSERT INTO claim_reviews (claim_id, url, position, publisher_name, publisher_site, rating_text, verdict, published_on, headline, language, summary) " +
            "VALUES ($id, $url, $position, $name, $site, $rating, $verdict, $published, $headline, $language, $summary)",
            "$id", "$url", "$position", "$name", "$site", "$rating", "$verdict", "$published", "$headline", "$language", "$summary");
        deleteChildren = Command(
            "DELETE FROM claim_phrasings WHERE claim_id = $id; DELETE FROM claim_appearances WHERE claim_id = $id; DELETE FROM claim_reviews WHERE claim_id = $id;",
            "$id");
    }

    public async Task<string?> StoredHashAsync(string id, CancellationToken cancellationToken)
    {
        selectHash.Parameters["$id"].Value = id;
        return await selectHash.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<Claim> LoadStoredAsync(string id, CancellationToken cancellationToken) =>
        (await SqlClaimReader.LoadAsync(connection, transaction, SqliteDialect.Instance, id, cancellationToken)).Single();

    public async Task InsertAsync(Claim claim, string hash, CancellationToken cancellationToken)
    {
        Set(insertClaim, ("$id", claim.Id), ("$text", claim.Text), ("$language", claim.Language), ("$hash", hash), ("$now", SqlValues.Now()));
        await insertClaim.ExecuteNonQueryAsync(cancellationToken);
        await InsertChildrenAsync(claim, cancellationToken);
    }

    public async Task ReplaceAsync(Claim claim, string hash, CancellationToken cancellationToken)
    {
        Set(updateClaim, ("$id", claim.Id), ("$text", claim.Text), ("$language", claim.Language), ("$hash", hash), ("$now", SqlValues.Now()));
        await updateClaim.ExecuteNonQueryAsync(cancellationToken);
        Set(deleteChildren, ("$id", claim.Id));
        await deleteChildren.ExecuteNonQueryAsync(cancellationToken);
        await InsertChildrenAsync(claim, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { selectHash, insertClaim, updateClaim, insertPhrasing, insertAppearance, insertReview, deleteChildren })
        {
            await command.DisposeAsync();
        }
    }

    private async Task InsertChildrenAsync(Claim claim, CancellationToken cancellationToken)
    {
        for (var i = 0; i < claim.Phrasings.Count; i++)
        {
            var p = claim.Phrasings[i];
            Set(insertPhrasing, ("$id", claim.Id), ("$position", i), ("$text", p.Text), ("$language", SqlValues.OrNull(p.Language)));
            await insertPhrasing.ExecuteNonQueryAsync(cancellationToken);
        }

        for (var i = 0; i < claim.Appearances.Count; i++)
        {
            Set(insertAppearance, ("$id", claim.Id), ("$position", i), ("$url", claim.Appearances[i]));
            await insertAppearance.ExecuteNonQueryAsync(cancellationToken);
        }

        for (var i = 0; i < claim.Reviews.Count; i++)
        {
            var r = claim.Reviews[i];
            Set(insertReview,
                ("$id", claim.Id), ("$url", r.Url), ("$position", i), ("$name", r.Publisher.Name),
                ("$site", SqlValues.OrNull(r.Publisher.Site)), ("$rating", r.RatingText), ("$verdict", r.Verdict.ToString()),
                ("$published", SqlValues.Day(r.PublishedOn)), ("$headline", SqlValues.OrNull(r.Headline)),
                ("$language", SqlValues.OrNull(r.Language)), ("$summary", SqlValues.OrNull(r.Summary)));
            await insertReview.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    /// <summary>Sets parameter values; a null where the schema wants a value fails the statement and so the transaction.</summary>
    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }
}
