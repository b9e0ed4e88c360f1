using System.Globalization;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Sqlite;

/// <summary>The reviewers' notices waiting in the SQLite file (table reviewer_notices, migration 0005).</summary>
public sealed class SqliteReviewerNoticeStore(SqliteDatabase database) : IReviewerNoticeStore
{
    public async Task EnqueueAsync(IReadOnlyList<(string Platform, string ChatId)> chats, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (platform, chatId) in chats)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
            command.CommandText = "INSERT INTO reviewer_notices (platform, chat_id, text, created_at) VALUES ($p, $c, $t, $at)";
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
        command.CommandText = "SELECT id, platform, chat_id, text, created_at FROM reviewer_notices WHERE platform = $p ORDER BY id LIMIT $n";
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
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
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
