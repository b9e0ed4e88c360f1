using System.Data.Common;
using FactCheck.Core.Claims;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Relational;

/// <summary>The tipline next to the claims it publishes (so a publish is one transaction).</summary>
/// <remarks>Outbox rows are leased (<see cref="OutboxLease"/>), so two instances, two processes on one SQLite file, or a
/// pass that stopped halfway never send a row twice; without a clock and lease given, the system clock and the default lease.</remarks>
public sealed class SqlTipStore(ISqlDatabase database, TimeProvider? time = null, OutboxLease? lease = null) : ITipStore
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly OutboxLease leaseFor = lease ?? OutboxLease.Default;

    private const string Unsent = "sent_at IS NULL";

    private SqlDialect Dialect => database.Dialect;

    public Task InitializeAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    public async Task<SubmitResult> SubmitAsync(TipSubmission submission, string textHash, string language, long? joinTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moment = SqlValues.Moment(now);

        // Two identical submissions at once make one tip, not two: they take turns on the text's key (PostgreSQL, two
        // instances) or in the write transaction (SQLite).
        await Dialect.LockKeyAsync(connection, transaction, "tip:" + textHash, cancellationToken);
        var target = joinTipId is { } join
            ? await Sql.ScalarAsync(connection, transaction, $"SELECT id FROM tips WHERE id = @id AND status = 'Open'{Dialect.ForUpdate}", cancellationToken, ("id", join))
            : null;
        target ??= await Sql.ScalarAsync(connection, transaction,
            $"SELECT id FROM tips WHERE text_hash = @h AND status = 'Open' ORDER BY id LIMIT 1{Dialect.ForUpdate}", cancellationToken, ("h", textHash));

        SubmitStatus status;
        long tipId;
        if (target is long existing)
        {
            tipId = existing;
            var added = await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            if (added)
            {
                await Sql.ExecuteAsync(connection, transaction, "UPDATE tips SET ask_count = ask_count + 1, updated_at = @now WHERE id = @id", cancellationToken,
                    ("id", tipId), ("now", moment));
            }

            status = added ? SubmitStatus.Joined : SubmitStatus.AlreadyAsked;
        }
        else
        {
            tipId = (long)(await Sql.ScalarAsync(connection, transaction,
                "INSERT INTO tips (text, text_hash, language, status, ask_count, created_at, updated_at) VALUES (@t, @h, @l, 'Open', 1, @now, @now) RETURNING id",
                cancellationToken, ("t", submission.Text), ("h", textHash), ("l", language), ("now", moment)))!;
            await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            status = SubmitStatus.Created;
        }

        var count = Convert.ToInt32(await Sql.ScalarAsync(connection, transaction, "SELECT ask_count FROM tips WHERE id = @id", cancellationToken, ("id", tipId)),
            System.Globalization.CultureInfo.InvariantCulture);
        // Read in the same transaction, so the answer's promise matches what a publish would do for this asker.
        var optedOut = await Sql.ScalarAsync(connection, transaction, "SELECT 1 FROM tip_opt_outs WHERE platform = @p AND user_id = @u", cancellationToken,
            ("p", submission.Asker.Platform), ("u", submission.Asker.UserId)) is not null;
        await transaction.CommitAsync(cancellationToken);
        return new SubmitResult(status, tipId, count, optedOut);
    }

    public async Task<IReadOnlyList<Tip>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipRows.TipsAsync(connection, null,
            $"SELECT {SqlTipRows.TipColumns} FROM tips WHERE status = 'Open' ORDER BY ask_count DESC, created_at, id LIMIT @n", cancellationToken, ("n", limit));
    }

    public async Task<Tip?> GetAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipRows.GetAsync(connection, null, tipId, string.Empty, cancellationToken);
    }

    public async Task<IReadOnlyList<Asker>> GetAskersAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipRows.AskersAsync(connection, Dialect, tipId, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> PublishAsync(long tipId, Claim claim, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipDecisions.PublishAsync(connection, Dialect, tipId, claim, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> AttachAsync(long tipId, string claimId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipDecisions.AttachAsync(connection, Dialect, tipId, claimId, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> DismissAsync(long tipId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipDecisions.DismissAsync(connection, Dialect, tipId, reviewer, now, cancellationToken);
    }

    public async Task RecordActionAsync(Reviewer reviewer, string action, long? tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await SqlTipDecisions.RecordAsync(connection, null, reviewer, action, tipId, detail, now, cancellationToken);
    }

    public async Task SetOptOutAsync(string platform, string userId, bool optedOut, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await SqlTipPrivacy.SetOptOutAsync(connection, platform, userId, optedOut, cancellationToken);
    }

    public async Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await SqlTipPrivacy.ForgetAsync(connection, platform, userId, cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, null, "DELETE FROM tips WHERE updated_at < @cutoff", cancellationToken, ("cutoff", SqlValues.Moment(cutoff)));
    }

    /// <summary>Takes up to <paramref name="limit"/> pending rows for this caller: rows another caller holds are
    /// skipped (while it takes them, then for its lease), and a lease that ran out (a crashed instance) frees them.</summary>
    public Task<IReadOnlyList<OutboxMessage>> DequeuePendingAsync(string platform, int limit, CancellationToken cancellationToken) =>
        LeasedRows.TakeAsync(database, "outbox", Unsent, SqlTipRows.OutboxColumns, SqlTipRows.Outbox, m => m.Id,
            platform, limit, clock.GetUtcNow(), leaseFor.Duration, cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken) =>
        LeasedRows.ReleaseAsync(database, "outbox", Unsent, outboxIds, cancellationToken);

    public async Task MarkSentAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, null, "UPDATE outbox SET sent_at = @now, leased_until = NULL WHERE id = @id AND sent_at IS NULL", cancellationToken,
            ("id", outboxId), ("now", SqlValues.Moment(now)));
    }

    private static async Task<bool> AddAskerAsync(DbConnection connection, DbTransaction transaction, long tipId, Asker asker, string moment, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO tip_askers (tip_id, platform, user_id, chat_id, language, asked_at) VALUES (@id, @p, @u, @c, @l, @now) " +
            "ON CONFLICT (tip_id, platform, user_id) DO NOTHING", cancellationToken,
            ("id", tipId), ("p", asker.Platform), ("u", asker.UserId), ("c", asker.ChatId), ("l", asker.Language), ("now", moment)) == 1;
}
