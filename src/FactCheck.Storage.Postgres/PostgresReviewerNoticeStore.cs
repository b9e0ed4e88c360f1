using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Postgres;

/// <summary>The reviewers' notices waiting in PostgreSQL, taken for delivery under a lease as verdict notifications are.</summary>
public sealed class PostgresReviewerNoticeStore(PostgresDatabase database, TimeProvider time, OutboxLease lease) : IReviewerNoticeStore
{
    public Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueAsync(chats, text, null, now, cancellationToken);

    public async Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, long? imageTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (platform, chatId) in chats)
        {
            await PostgresSql.ExecuteAsync(connection, transaction, "INSERT INTO reviewer_notices (platform, chat_id, text, created_at, image_tip_id) VALUES (@p, @c, @t, @at, @i)", cancellationToken,
                ("p", platform), ("c", chatId), ("t", text), ("at", PostgresValues.Moment(now)), ("i", imageTipId is { } id ? id : DBNull.Value));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewerNotice>> PendingAsync(string platform, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        var taken = await PostgresSql.ListAsync(connection, null,
            "WITH taken AS (SELECT id FROM reviewer_notices WHERE platform = @p AND (leased_until IS NULL OR leased_until <= @now) " +
            "ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED) " +
            "UPDATE reviewer_notices r SET leased_until = @until FROM taken WHERE r.id = taken.id " +
            "RETURNING r.id, r.platform, r.chat_id, r.text, r.created_at, r.image_tip_id",
            r => new ReviewerNotice(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), PostgresValues.ReadMoment(r.GetString(4)))
            {
                ImageTipId = r.IsDBNull(5) ? null : r.GetInt64(5),
            },
            cancellationToken, ("p", platform), ("n", limit), ("now", PostgresValues.Moment(now)), ("until", PostgresValues.Moment(now + lease.Duration)));
        return [.. taken.OrderBy(n => n.Id)];
    }

    public async Task ReleaseAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, null, "UPDATE reviewer_notices SET leased_until = NULL WHERE id = ANY(@ids)", cancellationToken, ("ids", ids.ToArray()));
    }

    public async Task MarkSentAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, null, "DELETE FROM reviewer_notices WHERE id = @id", cancellationToken, ("id", id));
    }
}
