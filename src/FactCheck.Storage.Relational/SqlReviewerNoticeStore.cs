using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Relational;

/// <summary>The reviewers' notices waiting in table reviewer_notices (migration 0005), taken for delivery under a
/// lease (0012) as verdict notifications are.</summary>
public sealed class SqlReviewerNoticeStore(ISqlDatabase database, TimeProvider? time = null, OutboxLease? lease = null) : IReviewerNoticeStore
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly OutboxLease leaseFor = lease ?? OutboxLease.Default;

    public Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueAsync(chats, text, null, now, cancellationToken);

    public async Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, long? imageTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (platform, chatId) in chats)
        {
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO reviewer_notices (platform, chat_id, text, created_at, image_tip_id) VALUES (@p, @c, @t, @at, @i)", cancellationToken,
                ("p", platform), ("c", chatId), ("t", text), ("at", SqlValues.Moment(now)), ("i", SqlValues.Int64(imageTipId)));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ReviewerNotice>> PendingAsync(string platform, int limit, CancellationToken cancellationToken) =>
        LeasedRows.TakeAsync(database, "reviewer_notices", null, "id, platform, chat_id, text, created_at, image_tip_id",
            r => new ReviewerNotice(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), SqlValues.ReadMoment(r.GetString(4)))
            {
                ImageTipId = r.IsDBNull(5) ? null : r.GetInt64(5),
            },
            n => n.Id, platform, limit, clock.GetUtcNow(), leaseFor.Duration, cancellationToken);

    // A sent notice is deleted, so every row left is pending.
    public Task ReleaseAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        LeasedRows.ReleaseAsync(database, "reviewer_notices", null, ids, cancellationToken);

    public async Task MarkSentAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, null, "DELETE FROM reviewer_notices WHERE id = @id", cancellationToken, ("id", id));
    }
}
