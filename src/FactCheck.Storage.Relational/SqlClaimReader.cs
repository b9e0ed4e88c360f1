using System.Data.Common;
using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Storage.Relational;

/// <summary>Reads claims with their phrasings, appearances and reviews: four ordered queries, joined in memory.</summary>
/// <remarks>Callers that read more than one claim do so in the dialect's snapshot, so the four queries see one state of the store.</remarks>
internal static class SqlClaimReader
{
    /// <summary>All claims, or only the one with <paramref name="claimId"/>.</summary>
    public static Task<IReadOnlyList<Claim>> LoadAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, string? claimId, CancellationToken cancellationToken) =>
        claimId is null
            ? LoadWhereAsync(connection, transaction, dialect, null, [], cancellationToken)
            : LoadWhereAsync(connection, transaction, dialect, "{0} = @id", [("id", claimId)], cancellationToken);

    /// <summary>The claims whose id satisfies <paramref name="condition"/> (SQL with {0} for the id column), or all when null.</summary>
    public static async Task<IReadOnlyList<Claim>> LoadWhereAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, string? condition, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        string Filter(string column) => condition is null ? string.Empty : " WHERE " + string.Format(CultureInfo.InvariantCulture, condition, column);

        var phrasings = new Dictionary<string, List<Phrasing>>(StringComparer.Ordinal);
        await ReadAsync($"SELECT claim_id, text, language FROM claim_phrasings{Filter("claim_id")} ORDER BY claim_id, position", r =>
            Bucket(phrasings, r.GetString(0)).Add(new Phrasing(r.GetString(1), SqlValues.Text(r, 2))));

        var appearances = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await ReadAsync($"SELECT claim_id, url FROM claim_appearances{Filter("claim_id")} ORDER BY claim_id, position", r =>
            Bucket(appearances, r.GetString(0)).Add(r.GetString(1)));

        var reviews = new Dictionary<string, List<Review>>(StringComparer.Ordinal);
        await ReadAsync(
            "SELECT claim_id, url, publisher_name, publisher_site, rating_text, verdict, published_on, headline, language, summary " +
            $"FROM claim_reviews{Filter("claim_id")} ORDER BY claim_id, position",
            r => Bucket(reviews, r.GetString(0)).Add(new Review(
                r.GetString(1),
                new Publisher(r.GetString(2), SqlValues.Text(r, 3)),
                r.GetString(4),
                Enum.TryParse<Verdict>(r.GetString(5), out var verdict) ? verdict : Verdict.Other,
                SqlValues.ReadDay(SqlValues.Text(r, 6)),
                SqlValues.Text(r, 7),
                SqlValues.Text(r, 8),
                SqlValues.Text(r, 9))));

        var claims = new List<Claim>();
        await ReadAsync($"SELECT id, text, language FROM claims{Filter("id")} ORDER BY id{dialect.CodePointOrder}", r =>
        {
            var id = r.GetString(0);
            claims.Add(new Claim(
                id,
                r.GetString(1),
                r.GetString(2),
                phrasings.GetValueOrDefault(id) ?? [],
                appearances.GetValueOrDefault(id) ?? [],
                reviews.GetValueOrDefault(id) ?? []));
        });
        return claims;

        async Task ReadAsync(string sql, Action<DbDataReader> row)
        {
            await using var command = Sql.Command(connection, transaction, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = [];
            buckets[key] = list;
        }

        return list;
    }
}
