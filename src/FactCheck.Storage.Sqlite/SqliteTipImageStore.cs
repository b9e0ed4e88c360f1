using FactCheck.Core.Images;
using FactCheck.Core.Tips;

namespace FactCheck.Storage.Sqlite;

/// <summary>The images of tips submitted as images in the SQLite file (table tip_images, migration 0008).</summary>
public sealed class SqliteTipImageStore(SqliteDatabase database) : ITipImageStore
{
    public async Task SaveAsync(long tipId, string platform, string userId, TipImage image, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // A tip deleted meanwhile (a purge, the user's /forget) takes no image: the WHERE EXISTS keeps the foreign key whole.
        await SqliteSql.ExecuteAsync(connection, null,
            "INSERT INTO tip_images (tip_id, platform, user_id, media_type, bytes, hashes, created_at) " +
            "SELECT $t, $p, $u, $m, $b, $h, $at WHERE EXISTS (SELECT 1 FROM tips WHERE id = $t) ON CONFLICT (tip_id) DO NOTHING",
            cancellationToken,
            ("$t", tipId), ("$p", platform), ("$u", userId), ("$m", image.MediaType), ("$b", image.Bytes),
            ("$h", string.Join(' ', image.Hashes)), ("$at", SqliteValues.Moment(now)));
    }

    public async Task<TipImage?> GetAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteSql.Command(connection, null, "SELECT media_type, bytes, hashes FROM tip_images WHERE tip_id = $t", ("$t", tipId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var hashes = new List<PdqHash>();
        foreach (var text in reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PdqHash.TryParse(text, out var hash))
            {
                hashes.Add(hash);
            }
        }

        return new TipImage((byte[])reader.GetValue(1), reader.GetString(0), hashes);
    }

    public async Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteSql.ExecuteAsync(connection, null, "DELETE FROM tip_images WHERE platform = $p AND user_id = $u", cancellationToken, ("$p", platform), ("$u", userId));
    }
}
