using System.Data.Common;

namespace FactCheck.Storage.Relational;

/// <summary>Rows handed out for delivery under a lease (the outbox, reviewer notices): taken so that no two callers
/// hold the same row, released when a delivery pass stops short.</summary>
internal static class LeasedRows
{
    /// <summary>Takes up to <paramref name="limit"/> rows of <paramref name="table"/> for <paramref name="platform"/> whose
    /// lease is free or ran out and that match <paramref name="pending"/>, leasing them until now + <paramref name="lease"/>; oldest first.</summary>
    public static async Task<IReadOnlyList<T>> TakeAsync<T>(
        ISqlDatabase database, string table, string? pending, string returning, Func<DbDataReader, T> row, Func<T, long> id,
        string platform, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var taken = await Sql.ListAsync(connection, null,
            database.Dialect.TakeRows(table, $"platform = @p AND {And(pending)}(leased_until IS NULL OR leased_until <= @now)", "leased_until = @until", returning),
            row, cancellationToken,
            ("p", platform), ("n", limit), ("now", SqlValues.Moment(now)), ("until", SqlValues.Moment(now + lease)));

        // RETURNING keeps no order: oldest first, as the contracts say.
        return [.. taken.OrderBy(id)];
    }

    /// <summary>Frees the leases of <paramref name="ids"/> (those still matching <paramref name="pending"/>), in one statement.</summary>
    public static async Task ReleaseAsync(ISqlDatabase database, string table, string? pending, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var (list, parameters) = Sql.InList("id", ids);
        await Sql.ExecuteAsync(connection, null, $"UPDATE {table} SET leased_until = NULL WHERE {And(pending)}id IN ({list})", cancellationToken, parameters);
    }

    private static string And(string? condition) => condition is null ? string.Empty : condition + " AND ";
}
