using System.Data.Common;

namespace FactCheck.Storage.Relational;

/// <summary>`/forget` and notification opt-out: what is stored about one user, removed in one transaction.</summary>
internal static class SqlTipPrivacy
{
    /// <summary>Reviewer actions keep what was done and when (the audit trail of published verdicts) under this name.</summary>
    public const string ForgottenReviewer = "forgotten";

    public static async Task<int> ForgetAsync(DbConnection connection, string platform, string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        (string, object?)[] user = [("p", platform), ("u", userId), ("scope", "user:" + userId), ("gone", ForgottenReviewer)];
        string[] statements =
        [
            // A tip only this user asked holds only their text: it goes, with its outbox rows (cascade).
            "DELETE FROM tips WHERE id IN (SELECT tip_id FROM tip_askers WHERE platform = @p AND user_id = @u) " +
            "AND NOT EXISTS (SELECT 1 FROM tip_askers o WHERE o.tip_id = tips.id AND NOT (o.platform = @p AND o.user_id = @u))",
            "UPDATE tips SET ask_count = ask_count - 1 WHERE id IN (SELECT tip_id FROM tip_askers WHERE platform = @p AND user_id = @u)",
            "DELETE FROM tip_askers WHERE platform = @p AND user_id = @u",
            "DELETE FROM outbox WHERE platform = @p AND user_id = @u",
            "DELETE FROM tip_opt_outs WHERE platform = @p AND user_id = @u",
            "DELETE FROM chat_settings WHERE platform = @p AND scope = @scope",
            "UPDATE reviewer_actions SET reviewer = @gone WHERE platform = @p AND reviewer = @u",
        ];
        var changed = 0;
        foreach (var sql in statements)
        {
            changed += await Sql.ExecuteAsync(connection, transaction, sql, cancellationToken, user);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public static async Task SetOptOutAsync(DbConnection connection, string platform, string userId, bool optedOut, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        (string, object?)[] user = [("p", platform), ("u", userId), ("now", SqlValues.Now())];
        if (optedOut)
        {
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO tip_opt_outs (platform, user_id, at) VALUES (@p, @u, @now) ON CONFLICT (platform, user_id) DO NOTHING", cancellationToken, user);
            await Sql.ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE platform = @p AND user_id = @u AND sent_at IS NULL", cancellationToken, user);
        }
        else
        {
            await Sql.ExecuteAsync(connection, transaction, "DELETE FROM tip_opt_outs WHERE platform = @p AND user_id = @u", cancellationToken, user);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
