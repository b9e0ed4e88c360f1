using System.Globalization;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Sqlite;

/// <summary>The reviewers' notices waiting in the SQLite file (table reviewer_notices, migration 0005).</summary>
public sealed class SqliteReviewerNoticeStore(SqliteDatabase database) : IReviewerNoticeStore
{
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
        command.CommandText = "SELECT id, platform, chat_id, text, created_at, image_tip_id FROM reviewer_notices WHERE platform = $p ORDER BY id LIMIT $n";
        command.Parameters.AddWithValue("$p", platform);
        command.Parameters.AddWithValue("$n", limit);
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

        return notices;
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
