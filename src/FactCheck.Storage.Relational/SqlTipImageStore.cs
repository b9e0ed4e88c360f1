using FactCheck.Core.Images;
using FactCheck.Core.Tips;

namespace FactCheck.Storage.Relational;

/// <summary>The images of tips submitted as images (table tip_images, migration 0008).</summary>
public sealed class SqlTipImageStore(ISqlDatabase database) : ITipImageStore
{
    public async Task SaveAsync(long tipId, string platform, string userId, TipImage image, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        // A tip deleted meanwhile (a purge, the user's /forget) takes no image: the WHERE EXISTS keeps the foreign key whole.
        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO tip_images (tip_id, platform, user_id, media_type, bytes, hashes, created_at) " +
            "SELECT @t, @p, @u, @m, @b, @h, @at WHERE EXISTS (SELECT 1 FROM tips WHERE id = @t) ON CONFLICT (tip_id) DO NOTHING",
            cancellationToken,
            ("t", tipId), ("p", platform), ("u", userId), ("m", image.MediaType), ("b", image.Bytes),
            ("h", string.Join(' ', image.Hashes)), ("at", SqlValues.Moment(now)));
    }

    public async Task<TipImage?> GetAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await Sql.ListAsync(connection, null, "SELECT media_type, bytes, hashes FROM tip_images WHERE tip_id = @t",
            r => new TipImage((byte[])r.GetValue(1), r.GetString(0), ParseHashes(r.GetString(2))), cancellationToken, ("t", tipId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null, "DELETE FROM tip_images WHERE platform = @p AND user_id = @u", cancellationToken, ("p", platform), ("u", userId));
    }

    internal static List<PdqHash> ParseHashes(string text)
    {
        var hashes = new List<PdqHash>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PdqHash.TryParse(part, out var hash))
            {
                hashes.Add(hash);
            }
        }

        return hashes;
    }
}
