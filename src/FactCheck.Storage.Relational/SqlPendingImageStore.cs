using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>Images offered to the reviewers, waiting for /submit (table pending_images, migration 0013).</summary>
/// <remarks>Taking is one DELETE ... RETURNING on the user's row (SQLite 3.35+, PostgreSQL): of two instances taking
/// at once, PostgreSQL makes the second wait for the first's row lock and then finds the row gone; SQLite runs both in
/// the file's single write lock. So exactly one of them gets the image. Expired rows are dropped on every offer and
/// take, so the table holds at most one row per user who was offered an image in the last 30 minutes.</remarks>
public sealed class SqlPendingImageStore(ISqlDatabase database) : IPendingImageStore
{
    public async Task OfferAsync(string platform, string userId, PendingImage offer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await DropExpiredAsync(connection, now, cancellationToken);
        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO pending_images (platform, user_id, reference, sha256, hashes, tip_text, caption, expires_at) " +
            "VALUES (@p, @u, @r, @s, @h, @t, @c, @e) ON CONFLICT (platform, user_id) DO UPDATE SET reference = excluded.reference, " +
            "sha256 = excluded.sha256, hashes = excluded.hashes, tip_text = excluded.tip_text, caption = excluded.caption, expires_at = excluded.expires_at",
            cancellationToken,
            ("p", platform), ("u", userId), ("r", SqlValues.String(offer.Reference)), ("s", offer.Sha256), ("h", string.Join(' ', offer.Hashes)),
            ("t", offer.TipText), ("c", offer.Caption), ("e", SqlValues.Moment(offer.Expires)));
    }

    public async Task<PendingImage?> TakeAsync(string platform, string userId, string submitted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await DropExpiredAsync(connection, now, cancellationToken);
        var rows = await Sql.ListAsync(connection, null,
            "DELETE FROM pending_images WHERE platform = @p AND user_id = @u AND expires_at > @now AND (@s = '' OR tip_text = @s OR caption = @s) " +
            "RETURNING reference, sha256, hashes, tip_text, caption, expires_at",
            r => new PendingImage(
                SqlValues.Text(r, 0), r.GetString(1), SqlTipImageStore.ParseHashes(r.GetString(2)), r.GetString(3), r.GetString(4), SqlValues.ReadMoment(r.GetString(5))),
            cancellationToken,
            ("p", platform), ("u", userId), ("now", SqlValues.Moment(now)), ("s", SqlValues.String(submitted)));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task ForgetAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        // Every text checked forgets the user's offer: a read first, so that the common case (none) writes nothing.
        if (await Sql.ScalarAsync(connection, null, "SELECT 1 FROM pending_images WHERE platform = @p AND user_id = @u", cancellationToken,
            ("p", platform), ("u", userId)) is not null)
        {
            await Sql.ExecuteAsync(connection, null, "DELETE FROM pending_images WHERE platform = @p AND user_id = @u", cancellationToken,
                ("p", platform), ("u", userId));
        }
    }

    private static Task<int> DropExpiredAsync(System.Data.Common.DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, null, "DELETE FROM pending_images WHERE expires_at <= @now", cancellationToken, ("now", SqlValues.Moment(now)));
}
