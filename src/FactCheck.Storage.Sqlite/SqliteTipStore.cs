using FactCheck.Core.Claims;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The tipline in the SQLite file, next to the claims it publishes (so a publish is one transaction).</summary>
/// <remarks>Outbox rows are leased as in PostgreSQL (<see cref="OutboxLease"/>), so two processes on one file, or a
/// pass that stopped halfway, never send a row twice; without a clock and lease given, the system clock and the default lease.</remarks>
public sealed class SqliteTipStore(SqliteDatabase database, TimeProvider? time = null, OutboxLease? lease = null) : ITipStore
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly OutboxLease leaseFor = lease ?? OutboxLease.Default;

    /// <summary>A store on its own database (tests, tools).</summary>
    public SqliteTipStore(string connectionString)
        : this(new SqliteDatabase(connectionString))
    {
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    public async Task<SubmitResult> SubmitAsync(TipSubmission submission, string textHash, string language, long? joinTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var moment = SqliteValues.Moment(now);
        var target = joinTipId is { } join
            ? await SqliteSql.ScalarAsync(connection, transaction, "SELECT id FROM tips WHERE id = $id AND status = 'Open'", cancellationToken, ("$id", join))
            : null;
        // Checked inside the write transaction: two identical submissions at once make one tip, not two.
        target ??= await SqliteSql.ScalarAsync(connection, transaction,
            "SELECT id FROM tips WHERE text_hash = $h AND status = 'Open' ORDER BY id LIMIT 1", cancellationToken, ("$h", textHash));

        SubmitStatus status;
        long tipId;
        if (target is long existing)
        {
            tipId = existing;
            var added = await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            if (added)
            {
                await SqliteSql.ExecuteAsync(connection, transaction, "UPDATE tips SET ask_count = ask_count + 1, updated_at = $now WHERE id = $id", cancellationToken,
                    ("$id", tipId), ("$now", moment));
            }

            status = added ? SubmitStatus.Joined : SubmitStatus.AlreadyAsked;
        }
        else
        {
            tipId = (long)(await SqliteSql.ScalarAsync(connection, transaction,
                "INSERT INTO tips (text, text_hash, language, status, ask_count, created_at, updated_at) VALUES ($t, $h, $l, 'Open', 1, $now, $now) RETURNING id",
                cancellationToken, ("$t", submission.Text), ("$h", textHash), ("$l", language), ("$now", moment)))!;
            await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            status = SubmitStatus.Created;
        }

        var count = Convert.ToInt32(await SqliteSql.ScalarAsync(connection, transaction, "SELECT ask_count FROM tips WHERE id = $id", cancellationToken, ("$id", tipId)),
            System.Globalization.CultureInfo.InvariantCulture);
        // Read in the same transaction, so the answer's promise matches what a publish would do for this asker.
        var optedOut = await SqliteSql.ScalarAsync(connection, transaction, "SELECT 1 FROM tip_opt_outs WHERE platform = $p AND user_id = $u", cancellationToken,
            ("$p", submission.Asker.Platform), ("$u", submission.Asker.UserId)) is not null;
        await transaction.CommitAsync(cancellationToken);
        return new SubmitResult(status, tipId, count, optedOut);
    }

    public async Task<IReadOnlyList<Tip>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipRows.TipsAsync(connection, null,
            $"SELECT {SqliteTipRows.TipColumns} FROM tips WHERE status = 'Open' ORDER BY ask_count DESC, created_at, id LIMIT $n", cancellationToken, ("$n", limit));
    }

    public async Task<Tip?> GetAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipRows.GetAsync(connection, null, tipId, cancellationToken);
    }

    public async Task<IReadOnlyList<Asker>> GetAskersAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipRows.AskersAsync(connection, tipId, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> PublishAsync(long tipId, Claim claim, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipDecisions.PublishAsync(connection, tipId, claim, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> AttachAsync(long tipId, string claimId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipDecisions.AttachAsync(connection, tipId, claimId, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> DismissAsync(long tipId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipDecisions.DismissAsync(connection, tipId, reviewer, now, cancellationToken);
    }

    public async Task RecordActionAsync(Reviewer reviewer, string action, long? tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteTipDecisions.RecordAsync(connection, null, reviewer, action, tipId, detail, now, cancellationToken);
    }

    public async Task SetOptOutAsync(string platform, string userId, bool optedOut, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteTipPrivacy.SetOptOutAsync(connection, platform, userId, optedOut, cancellationToken);
    }

    public async Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteTipPrivacy.ForgetAsync(connection, platform, userId, cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteSql.ExecuteAsync(connection, null, "DELETE FROM tips WHERE updated_at < $cutoff", cancellationToken, ("$cutoff", SqliteValues.Moment(cutoff)));
    }

    public async Task<IReadOnlyList<OutboxMessage>> DequeuePendingAsync(string platform, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await SqliteTipRows.TakePendingAsync(connection, platform, limit, now, now + leaseFor.Duration, cancellationToken);
    }

    public async Task ReleaseAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var id in outboxIds)
        {
            await SqliteSql.ExecuteAsync(connection, transaction, "UPDATE outbox SET leased_until = NULL WHERE id = $id AND sent_at IS NULL", cancellationToken, ("$id", id));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkSentAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteSql.ExecuteAsync(connection, null, "UPDATE outbox SET sent_at = $now, leased_until = NULL WHERE id = $id AND sent_at IS NULL", cancellationToken,
            ("$id", outboxId), ("$now", SqliteValues.Moment(now)));
    }

    private static async Task<bool> AddAskerAsync(SqliteConnection connection, SqliteTransaction transaction, long tipId, Asker asker, string moment, CancellationToken cancellationToken) =>
        await SqliteSql.ExecuteAsync(connection, transaction,
            "INSERT INTO tip_askers (tip_id, platform, user_id, chat_id, language, asked_at) VALUES ($id, $p, $u, $c, $l, $now) " +
            "ON CONFLICT (tip_id, platform, user_id) DO NOTHING", cancellationToken,
            ("$id", tipId), ("$p", asker.Platform), ("$u", asker.UserId), ("$c", asker.ChatId), ("$l", asker.Language), ("$now", moment)) == 1;
}
