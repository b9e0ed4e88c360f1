using System.Globalization;
using FactCheck.Core.Claims;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>Reads claims with their phrasings, appearances and reviews: four ordered queries, joined in memory.</summary>
internal static class SqliteClaimReader
{
    /// <summary>All claims, or only the one with <paramref name="claimId"/>.</summary>
    public static Task<IReadOnlyList<Claim>> LoadAsync(SqliteConnection connection, SqliteTransaction? transaction, string? claimId, CancellationToken cancellationToken) =>
        claimId is null
            ? LoadWhereAsync(connection, transaction, null, [], cancellationToken)
            : LoadWhereAsync(connection, transaction, "{0} = $id", [("$id", claimId)], cancellationToken);

    /// <summary>The claims whose id satisfies <paramref name="condition"/> (SQL with {0} for the id column), or all when null.</summary>
    public static async Task<IReadOnlyList<Claim>> LoadWhereAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string? condition, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        var filter = condition is null ? string.Empty : " WHERE " + string.Format(CultureInfo.InvariantCulture, condition, "claim_id");
        var phrasings = new Dictionary<string, List<Phrasing>>(StringComparer.Ordinal);
        await ReadAsync($"SELECT claim_id, text, language FROM claim_phrasings{filter} ORDER BY claim_id, position", r =>
            Bucket(phrasings, r.GetString(0)).Add(new Phrasing(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))));

        var appearances = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await ReadAsync($"SELECT claim_id, url FROM claim_appearances{filter} ORDER BY claim_id, position", r =>
            Bucket(appearances, r.GetString(0)).Add(r.GetString(1)));

        var reviews = new Dictionary<string, List<Review>>(StringComparer.Ordinal);
        await ReadAsync(
            "SELECT claim_id, url, publisher_name, publisher_site, rating_text, verdict, published_on, headline, language, summary " +
            $"FROM claim_reviews{filter} ORDER BY claim_id, position",
            r => Bucket(reviews, r.GetString(0)).Add(new Review(
                r.GetString(1),
                new Publisher(r.GetString(2), Text(r, 3)),
                r.GetString(4),
                Enum.TryParse<Verdict>(r.GetString(5), out var verdict) ? verdict : Verdict.Other,
                SqliteValues.ReadDay(Text(r, 6)),
                Text(r, 7),
                Text(r, 8),
                Text(r, 9))));

        var claims = new List<Claim>();
        var claimFilter = condition is null ? string.Empty : " WHERE " + string.Format(CultureInfo.InvariantCulture, condition, "id");
        await ReadAsync($"SELECT id, text, language FROM claims{claimFilter} ORDER BY id", r =>
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

        async Task ReadAsync(string sql, Action<SqliteDataReader> row)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
    }

    private static string? Text(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

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
