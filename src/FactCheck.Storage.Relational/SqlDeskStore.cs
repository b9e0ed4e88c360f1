using FactCheck.Core.Desk;

namespace FactCheck.Storage.Relational;

/// <summary>The web desk's links and sessions (table desk_tokens, migration 0009), and the outbox count it shows.</summary>
public sealed class SqlDeskStore(ISqlDatabase database) : IDeskStore
{
    private const string Columns = "token_hash, kind, platform, user_id, language, created_at, expires_at";

    public async Task SaveAsync(DeskToken token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM desk_tokens WHERE expires_at <= @now", cancellationToken,
            ("now", SqlValues.Moment(now)));
        await Sql.ExecuteAsync(connection, transaction,
            $"INSERT INTO desk_tokens ({Columns}) VALUES (@h, @k, @p, @u, @l, @c, @e)", cancellationToken,
            ("h", token.Hash), ("k", token.Kind.ToString()), ("p", token.Owner.Platform), ("u", token.Owner.UserId),
            ("l", token.Owner.Language), ("c", SqlValues.Moment(token.CreatedAt)), ("e", SqlValues.Moment(token.ExpiresAt)));
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<DeskToken?> RedeemLinkAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken) =>
        // One statement marks and returns: of two concurrent redemptions (on two instances or processes) only one finds used_at still NULL.
        ReadOneAsync(
            $"UPDATE desk_tokens SET used_at = @now WHERE token_hash = @h AND kind = 'Link' AND used_at IS NULL AND expires_at > @now RETURNING {Columns}",
            cancellationToken, ("h", hash), ("now", SqlValues.Moment(now)));

    public Task<DeskToken?> FindSessionAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadOneAsync(
            $"SELECT {Columns} FROM desk_tokens WHERE token_hash = @h AND kind = 'Session' AND expires_at > @now",
            cancellationToken, ("h", hash), ("now", SqlValues.Moment(now)));

    public async Task RevokeAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, null, "DELETE FROM desk_tokens WHERE token_hash = @h", cancellationToken, ("h", hash));
    }

    public async Task RevokeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, null, "DELETE FROM desk_tokens WHERE platform = @p AND user_id = @u", cancellationToken,
            ("p", platform), ("u", userId));
    }

    public async Task<int> CountPendingNotificationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return Convert.ToInt32(await Sql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<DeskToken?> ReadOneAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await Sql.ListAsync(connection, null, sql, r => new DeskToken(
            r.GetString(0),
            Enum.Parse<DeskTokenKind>(r.GetString(1)),
            new DeskIdentity(r.GetString(2), r.GetString(3), r.GetString(4)),
            SqlValues.ReadMoment(r.GetString(5)),
            SqlValues.ReadMoment(r.GetString(6))), cancellationToken, parameters);
        return rows.Count == 0 ? null : rows[0];
    }
}
