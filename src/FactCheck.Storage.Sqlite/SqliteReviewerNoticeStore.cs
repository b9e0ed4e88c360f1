using System.Globalization;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Sqlite;

/// <summary>The reviewers' notices waiting in the SQLite file (table reviewer_notices, migration 0005), leased for delivery (0012).</summary>
public sealed class SqliteReviewerNoticeStore(SqliteDatabase database, TimeProvider? time = null, OutboxLease? lease = null) : IReviewerNoticeStore
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly OutboxLease leaseFor = lease ?? OutboxLease.Default;

    public Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueAsync(chats, text, null, now, cancellationToken);

    public async Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, long? imageTipId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (platform, chatId) in chats)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
            command.CommandText = "INSERT INTO reviewer_notices (platform, chat_id, text, created_at, image_tip_id) VALUES ($p, $c, $t, $at, $i)";
            command.Parameters.AddWithValue("$i", imageTipId is { } id ? id : DBNull.Value);
            command.Parameters.AddWithValue("$p", platform);
            command.Parameters.AddWithValue("$c", chatId);
            command.Parameters.AddWithValue("$t", text);
            command.Parameters.AddWithValue("$at", SqliteValues.Moment(now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewerNotice>> PendingAsync(string platform, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var now = clock.GetUtcNow();
        command.CommandText =
            "UPDATE reviewer_notices SET leased_until = $until WHERE id IN (SELECT id FROM reviewer_notices " +
            "WHERE platform = $p AND (leased_until IS NULL OR leased_until <= $now) ORDER BY id LIMIT $n) " +
            "RETURNING id, platform, chat_id, text, created_at, image_tip_id";
        command.Parameters.AddWithValue("$p", platform);
        command.Parameters.AddWithValue("$n", limit);
        command.Parameters.AddWithValue("$now", SqliteValues.Moment(now));
        command.Parameters.AddWithValue("$until", SqliteValues.Moment(now + leaseFor.Duration));
        var notices = new List<ReviewerNotice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            notices.Add(new ReviewerNotice(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            {
                ImageTipId = reader.IsDBNull(5) ? null : reader.GetInt64(5),
            });
        }

        // RETURNING keeps no order.
        return [.. notices.OrderBy(n => n.Id)];
    }

    public async Task ReleaseAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var id in ids)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE reviewer_notices SET leased_until = NULL WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task MarkSentAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reviewer_notices WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
