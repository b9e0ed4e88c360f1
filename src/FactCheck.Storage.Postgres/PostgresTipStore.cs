using FactCheck.Core.Claims;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>The tipline in PostgreSQL, next to the claims it publishes (so a publish is one transaction).</summary>
public sealed class PostgresTipStore(PostgresDatabase database, TimeProvider time, OutboxLease lease) : ITipStore
{
    public Task InitializeAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    public async Task<SubmitResult> SubmitAsync(TipSubmission submission, string textHash, string language, long? joinTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moment = PostgresValues.Moment(now);

        // Two identical submissions at once (on two instances) make one tip, not two: they take turns on the text's lock.
        await PostgresSql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('tip:' || @h))", cancellationToken, ("h", textHash));
        var target = joinTipId is { } join
            ? await PostgresSql.ScalarAsync(connection, transaction, "SELECT id FROM tips WHERE id = @id AND status = 'Open' FOR UPDATE", cancellationToken, ("id", join))
            : null;
        target ??= await PostgresSql.ScalarAsync(connection, transaction,
            "SELECT id FROM tips WHERE text_hash = @h AND status = 'Open' ORDER BY id LIMIT 1 FOR UPDATE", cancellationToken, ("h", textHash));

        SubmitStatus status;
        long tipId;
        if (target is long existing)
        {
            tipId = existing;
            var added = await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            if (added)
            {
                await PostgresSql.ExecuteAsync(connection, transaction, "UPDATE tips SET ask_count = ask_count + 1, updated_at = @now WHERE id = @id", cancellationToken,
                    ("id", tipId), ("now", moment));
            }

            status = added ? SubmitStatus.Joined : SubmitStatus.AlreadyAsked;
        }
        else
        {
            tipId = (long)(await PostgresSql.ScalarAsync(connection, transaction,
                "INSERT INTO tips (text, text_hash, language, status, ask_count, created_at, updated_at) VALUES (@t, @h, @l, 'Open', 1, @now, @now) RETURNING id",
                cancellationToken, ("t", submission.Text), ("h", textHash), ("l", language), ("now", moment)))!;
            await AddAskerAsync(connection, transaction, tipId, submission.Asker, moment, cancellationToken);
            status = SubmitStatus.Created;
        }

        var count = Convert.ToInt32(await PostgresSql.ScalarAsync(connection, transaction, "SELECT ask_count FROM tips WHERE id = @id", cancellationToken, ("id", tipId)),
            System.Globalization.CultureInfo.InvariantCulture);
        // Read in the same transaction, so the answer's promise matches what a publish would do for this asker.
        var optedOut = await PostgresSql.ScalarAsync(connection, transaction, "SELECT 1 FROM tip_opt_outs WHERE platform = @p AND user_id = @u", cancellationToken,
            ("p", submission.Asker.Platform), ("u", submission.Asker.UserId)) is not null;
        await transaction.CommitAsync(cancellationToken);
        return new SubmitResult(status, tipId, count, optedOut);
    }

    public async Task<IReadOnlyList<Tip>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipRows.TipsAsync(connection, null,
            $"SELECT {PostgresTipRows.TipColumns} FROM tips WHERE status = 'Open' ORDER BY ask_count DESC, created_at, id LIMIT @n", cancellationToken, ("n", limit));
    }

    public async Task<Tip?> GetAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipRows.GetAsync(connection, null, tipId, cancellationToken);
    }

    public async Task<IReadOnlyList<Asker>> GetAskersAsync(long tipId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipRows.AskersAsync(connection, tipId, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> PublishAsync(long tipId, Claim claim, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipDecisions.PublishAsync(connection, tipId, claim, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> AttachAsync(long tipId, string claimId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipDecisions.AttachAsync(connection, tipId, claimId, reviewer, now, cancellationToken);
    }

    public async Task<TipActionResult<Tip>> DismissAsync(long tipId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipDecisions.DismissAsync(connection, tipId, reviewer, now, cancellationToken);
    }

    public async Task RecordActionAsync(Reviewer reviewer, string action, long? tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresTipDecisions.RecordAsync(connection, null, reviewer, action, tipId, detail, now, cancellationToken);
    }

    public async Task SetOptOutAsync(string platform, string userId, bool optedOut, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresTipPrivacy.SetOptOutAsync(connection, platform, userId, optedOut, cancellationToken);
    }

    public async Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresTipPrivacy.ForgetAsync(connection, platform, userId, cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresSql.ExecuteAsync(connection, null, "DELETE FROM tips WHERE updated_at < @cutoff", cancellationToken, ("cutoff", PostgresValues.Moment(cutoff)));
    }

    /// <summary>Takes up to <paramref name="limit"/> pending rows for this instance: rows another instance holds are
    /// skipped (SKIP LOCKED while it claims them, then its lease), and a lease that ran out (a crashed instance) frees them.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> DequeuePendingAsync(string platform, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        var taken = await PostgresSql.ListAsync(connection, null,
            "WITH taken AS (SELECT id FROM outbox WHERE platform = @p AND sent_at IS NULL AND (leased_until IS NULL OR leased_until <= @now) " +
            "ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED) " +
            "UPDATE outbox o SET leased_until = @until FROM taken WHERE o.id = taken.id " +
            "RETURNING o.id, o.tip_id, o.platform, o.user_id, o.chat_id, o.language, o.claim_id, o.claim_version, o.is_update, o.created_at",
            PostgresTipRows.Outbox, cancellationToken,
            ("p", platform), ("n", limit), ("now", PostgresValues.Moment(now)), ("until", PostgresValues.Moment(now + lease.Duration)));

        // RETURNING keeps no order: oldest first, as the contract says.
        return [.. taken.OrderBy(m => m.Id)];
    }

    public async Task ReleaseAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        if (outboxIds.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, null, "UPDATE outbox SET leased_until = NULL WHERE id = ANY(@ids) AND sent_at IS NULL", cancellationToken,
            ("ids", outboxIds.ToArray()));
    }

    public async Task MarkSentAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, null, "UPDATE outbox SET sent_at = @now, leased_until = NULL WHERE id = @id AND sent_at IS NULL", cancellationToken,
            ("id", outboxId), ("now", PostgresValues.Moment(now)));
    }

    private static async Task<bool> AddAskerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long tipId, Asker asker, string moment, CancellationToken cancellationToken) =>
        await PostgresSql.ExecuteAsync(connection, transaction,
            "INSERT INTO tip_askers (tip_id, platform, user_id, chat_id, language, asked_at) VALUES (@id, @p, @u, @c, @l, @now) " +
            "ON CONFLICT (tip_id, platform, user_id) DO NOTHING", cancellationToken,
            ("id", tipId), ("p", asker.Platform), ("u", asker.UserId), ("c", asker.ChatId), ("l", asker.Language), ("now", moment)) == 1;
}
