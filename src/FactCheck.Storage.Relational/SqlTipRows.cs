using System.Data.Common;
using FactCheck.Core.Tips;

namespace FactCheck.Storage.Relational;

/// <summary>Reads tips, askers and outbox rows.</summary>
internal static class SqlTipRows
{
    public const string TipColumns = "id, text, text_hash, language, status, ask_count, created_at, updated_at, claim_id";

    /// <summary>The columns <see cref="Outbox"/> reads, in its order.</summary>
    public const string OutboxColumns = "id, tip_id, platform, user_id, chat_id, language, claim_id, claim_version, is_update, created_at";

    public static async Task<Tip?> GetAsync(DbConnection connection, DbTransaction? transaction, long tipId, string forUpdate, CancellationToken cancellationToken) =>
        (await TipsAsync(connection, transaction, $"SELECT {TipColumns} FROM tips WHERE id = @id{forUpdate}", cancellationToken, ("id", tipId))).SingleOrDefault();

    public static Task<List<Tip>> TipsAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        Sql.ListAsync(connection, transaction, sql, r => new Tip(
            r.GetInt64(0),
            r.GetString(1),
            r.GetString(2),
            r.GetString(3),
            Enum.Parse<TipStatus>(r.GetString(4)),
            r.GetInt32(5),
            SqlValues.ReadMoment(r.GetString(6)),
            SqlValues.ReadMoment(r.GetString(7)),
            SqlValues.Text(r, 8)), cancellationToken, parameters);

    public static Task<List<Asker>> AskersAsync(DbConnection connection, SqlDialect dialect, long tipId, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, null,
            "SELECT a.platform, a.user_id, a.chat_id, a.language, o.user_id IS NOT NULL FROM tip_askers a " +
            $"LEFT JOIN tip_opt_outs o ON o.platform = a.platform AND o.user_id = a.user_id WHERE a.tip_id = @id ORDER BY a.asked_at, a.{dialect.ArrivalColumn}",
            r => new Asker(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4)), cancellationToken, ("id", tipId));

    /// <summary>Reads rows of <see cref="OutboxColumns"/>.</summary>
    public static OutboxMessage Outbox(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        new Asker(r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
        r.GetString(6),
        r.GetString(7),
        r.GetBoolean(8),
        SqlValues.ReadMoment(r.GetString(9)));
}
