using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using FactCheck.Core.Claims;
using FactCheck.Core.Tips;

namespace FactCheck.Storage.Relational;

/// <summary>The reviewers' decisions, each one transaction: the claim, the tip's status, the outbox and the audit row together.</summary>
/// <remarks>The tip row is read with the dialect's row lock first: two reviewers deciding the same tip on two
/// PostgreSQL instances take turns, as they do on SQLite's single writer.</remarks>
internal static class SqlTipDecisions
{
    public static Task<TipActionResult<Tip>> PublishAsync(
        DbConnection connection, SqlDialect dialect, long tipId, Claim claim, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken) =>
        DecideAsync(connection, dialect, tipId, openOnly: false, async (transaction, tip) =>
        {
            var version = ClaimContentHash.Compute(claim);
            await using (var writer = dialect.ClaimWriter(connection, transaction))
            {
                // The tip's claim is the reviewer's: a correction replaces it whole rather than merging old reviews in.
                var stored = await writer.StoredHashAsync(claim.Id, cancellationToken);
                if (stored is null)
                {
                    await writer.InsertAsync(claim, version, cancellationToken);
                }
                else if (stored != version)
                {
                    await writer.ReplaceAsync(claim, version, cancellationToken);
                }
            }

            var review = claim.Reviews[0];
            await ResolveAsync(connection, transaction, dialect, tip, claim.Id, version, now, cancellationToken);
            return await DoneAsync(connection, transaction, reviewer, "publish", tipId, $"{claim.Id} | {review.RatingText} | {review.Url} | {review.Publisher.Name}", now, cancellationToken);
        }, cancellationToken);

    public static Task<TipActionResult<Tip>> AttachAsync(
        DbConnection connection, SqlDialect dialect, long tipId, string claimId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken) =>
        DecideAsync(connection, dialect, tipId, openOnly: false, async (transaction, tip) =>
        {
            if (await Sql.ScalarAsync(connection, transaction, "SELECT content_hash FROM claims WHERE id = @id", cancellationToken, ("id", claimId)) is not string version)
            {
                return new(TipActionStatus.ClaimNotFound);
            }

            await ResolveAsync(connection, transaction, dialect, tip, claimId, version, now, cancellationToken);
            return await DoneAsync(connection, transaction, reviewer, "attach", tipId, claimId, now, cancellationToken);
        }, cancellationToken);

    public static Task<TipActionResult<Tip>> DismissAsync(
        DbConnection connection, SqlDialect dialect, long tipId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken) =>
        DecideAsync(connection, dialect, tipId, openOnly: true, async (transaction, _) =>
        {
            await Sql.ExecuteAsync(connection, transaction, "UPDATE tips SET status = 'Dismissed', updated_at = @now WHERE id = @id", cancellationToken,
                ("id", tipId), ("now", SqlValues.Moment(now)));
            return await DoneAsync(connection, transaction, reviewer, "dismiss", tipId, null, now, cancellationToken);
        }, cancellationToken);

    public static Task RecordAsync(
        DbConnection connection, DbTransaction? transaction, Reviewer reviewer, string action, long? tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO reviewer_actions (platform, reviewer, action, tip_id, detail, at) VALUES (@p, @r, @a, @t, @d, @now)", cancellationToken,
            ("p", reviewer.Platform), ("r", reviewer.UserId), ("a", action), ("t", SqlValues.Int64(tipId)),
            ("d", SqlValues.OrNull(detail)), ("now", SqlValues.Moment(now)));

    /// <summary>Runs <paramref name="decide"/> in one transaction on the row-locked tip, unless the decision is refused;
    /// a decision that returns without committing is rolled back.</summary>
    private static async Task<TipActionResult<Tip>> DecideAsync(
        DbConnection connection, SqlDialect dialect, long tipId, bool openOnly, Func<DbTransaction, Tip, Task<TipActionResult<Tip>>> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var tip = await SqlTipRows.GetAsync(connection, transaction, tipId, dialect.ForUpdate, cancellationToken);
        return IsRefused(tip, openOnly, out var refused) ? refused : await decide(transaction, tip);
    }

    /// <summary>Whether the decision is refused: no such tip, or one dismissed (or, <paramref name="openOnly"/>, no longer open).</summary>
    private static bool IsRefused([NotNullWhen(false)] Tip? tip, bool openOnly, [NotNullWhen(true)] out TipActionResult<Tip>? refused)
    {
        refused = tip is null ? new(TipActionStatus.TipNotFound)
            : tip.Status == TipStatus.Dismissed || (openOnly && tip.Status != TipStatus.Open) ? new(TipActionStatus.NotOpen)
            : null;
        return refused is not null;
    }

    /// <summary>Records the decision for the audit, commits, and answers with the tip as it now stands.</summary>
    private static async Task<TipActionResult<Tip>> DoneAsync(
        DbConnection connection, DbTransaction transaction, Reviewer reviewer, string action, long tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await RecordAsync(connection, transaction, reviewer, action, tipId, detail, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(TipActionStatus.Done, await SqlTipRows.GetAsync(connection, null, tipId, string.Empty, cancellationToken));
    }

    /// <summary>Marks the tip published with the claim and enqueues one notification per asker who has not opted out.</summary>
    /// <remarks>The outbox's unique key (tip, asker, claim, version) makes a repeated publish of the same content enqueue
    /// nothing; a tip that was already published gets its new notifications marked as updates.</remarks>
    private static async Task ResolveAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, Tip tip, string claimId, string version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moment = SqlValues.Moment(now);
        await Sql.ExecuteAsync(connection, transaction, "UPDATE tips SET status = 'Published', claim_id = @c, updated_at = @now WHERE id = @id", cancellationToken,
            ("id", tip.Id), ("c", claimId), ("now", moment));
        await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO outbox (tip_id, platform, user_id, chat_id, language, claim_id, claim_version, is_update, created_at) " +
            "SELECT a.tip_id, a.platform, a.user_id, a.chat_id, a.language, @c, @v, @u, @now FROM tip_askers a WHERE a.tip_id = @id " +
            "AND NOT EXISTS (SELECT 1 FROM tip_opt_outs o WHERE o.platform = a.platform AND o.user_id = a.user_id) " +
            $"ORDER BY a.asked_at, a.{dialect.ArrivalColumn} " +
            "ON CONFLICT (tip_id, platform, user_id, claim_id, claim_version) DO NOTHING", cancellationToken,
            ("id", tip.Id), ("c", claimId), ("v", version), ("u", tip.Status == TipStatus.Published), ("now", moment));
    }
}
