using FactCheck.Core.Checking.Log;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;
using FactCheck.Storage.Tests.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>A fresh SQLite file in a temporary folder.</summary>
public sealed class SqliteTarget : StoreTarget
{
    private readonly TempDatabase db = new();

    public override string Provider => "Sqlite";

    public string ConnectionString => db.ConnectionString;

    public override IClaimStore ClaimStore() => new SqliteClaimStore(Database());

    public override IClaimChangeLog ChangeLog() => new SqlClaimChangeLog(Database());

    public override IChatStateStore ChatState(TimeProvider? time = null) =>
        new SqlChatStateStore(Database(), time ?? TimeProvider.System, NullLogger<SqlChatStateStore>.Instance);

    public override Task<int> PruneHandledEventsAsync(IChatStateStore store) => ((SqlChatStateStore)store).PruneHandledEventsAsync(CancellationToken.None);

    public override IEmbeddingStore Embeddings() => new SqliteEmbeddingStore(Database());

    public override IFeedStateStore Feeds() => new SqlFeedStateStore(Database());

    public override ITipStore Tips(TimeProvider? time = null, OutboxLease? lease = null) => new SqlTipStore(Database(), time, lease);

    public override ICheckLog CheckLog() => new SqlCheckLog(Database());

    public override IReviewerNoticeStore ReviewerNotices(TimeProvider? time = null, OutboxLease? lease = null) => new SqlReviewerNoticeStore(Database(), time, lease);

    public override IEventClaims EventClaims(TimeProvider? time = null) => new SqlEventClaims(Database(), time ?? TimeProvider.System);

    public override ILeaderLock LeaderLock() => new SqliteLeaderLock(Database());

    public override Core.Desk.IDeskStore Desk() => new SqlDeskStore(Database());

    public override ITipImageStore TipImages() => new SqlTipImageStore(Database());

    public override Core.Images.IImageFingerprintStore Fingerprints() => new SqlImageFingerprintStore(Database());

    public override IPendingImageStore PendingImages() => new SqlPendingImageStore(Database());

    public override Task<string> DumpAsync() => db.DumpAsync();

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<IReadOnlyList<string>> ColumnAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "NULL");
        }

        return values;
    }

    public override Task FailSecondOutboxInsertAsync() => ExecuteAsync(
        "CREATE TRIGGER fail_second_notification BEFORE INSERT ON outbox WHEN (SELECT COUNT(*) FROM outbox) >= 1 " +
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        db.Dispose();
        await base.DisposeAsync();
    }

    private SqliteDatabase Database() => new(db.ConnectionString);
}
