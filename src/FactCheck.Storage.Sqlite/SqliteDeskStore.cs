using System.Globalization;
using FactCheck.Core.Desk;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The web desk's links and sessions in the SQLite file (table desk_tokens), and the outbox count it shows.</summary>
public sealed class SqliteDeskStore(SqliteDatabase database) : IDeskStore
{
    private const string Columns = "token_hash, kind, platform, user_id, language, created_at, expires_at";

    public async Task SaveAsync(DeskToken token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM desk_tokens WHERE expires_at <= $now", cancellationToken,
            ("$now", SqliteValues.Moment(now)));
        await SqliteSql.ExecuteAsync(connection, transaction,
            $"INSERT INTO desk_tokens ({Columns}) VALUES ($h, $k, $p, $u, $l, $c, $e)", cancellationToken,
            ("$h", token.Hash), ("$k", token.Kind.ToString()), ("$p", token.Owner.Platform), ("$u", token.Owner.UserId),
            ("$l", token.Owner.Language), ("$c", SqliteValues.Moment(token.CreatedAt)), ("$e", SqliteValues.Moment(token.ExpiresAt)));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DeskToken?> RedeemLinkAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One statement marks and returns: of two concurrent redemptions only one finds used_at still NULL.
        await using var command = SqliteSql.Command(connection, null,
            $"UPDATE desk_tokens SET used_at = $now WHERE token_hash = $h AND kind = 'Link' AND used_at IS NULL AND expires_at > $now RETURNING {Columns}",
            ("$h", hash), ("$now", SqliteValues.Moment(now)));
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<DeskToken?> FindSessionAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteSql.Command(connection, null,
            $"SELECT {Columns} FROM desk_tokens WHERE token_hash = $h AND kind = 'Session' AND expires_at > $now",
            ("$h", hash), ("$now", SqliteValues.Moment(now)));
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task RevokeAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteSql.ExecuteAsync(connection, null, "DELETE FROM desk_tokens WHERE token_hash = $h", cancellationToken, ("$h", hash));
    }

    public async Task RevokeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteSql.ExecuteAsync(connection, null, "DELETE FROM desk_tokens WHERE platform = $p AND user_id = $u", cancellationToken,
            ("$p", platform), ("$u", userId));
    }

    public async Task<int> CountPendingNotificationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await SqliteSql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", cancellationToken);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    private static async Task<DeskToken?> ReadOneAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new DeskToken(
            reader.GetString(0),
            Enum.Parse<DeskTokenKind>(reader.GetString(1)),
            new DeskIdentity(reader.GetString(2), reader.GetString(3), reader.GetString(4)),
            SqlValues.ReadMoment(reader.GetString(5)),
            SqlValues.ReadMoment(reader.GetString(6)));
    }
}
