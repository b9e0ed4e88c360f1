using System.Text;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Postgres;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>A fresh schema on the PostgreSQL server named by FACTCHECK_TEST_POSTGRES, dropped afterwards; the test is
/// skipped, saying so, when the variable is not set.</summary>
public sealed class PostgresTarget : StoreTarget
{
    /// <summary>The environment variable holding the test server's connection string (its user may create schemas).</summary>
    public const string Variable = "FACTCHECK_TEST_POSTGRES";

    private readonly List<PostgresDatabase> opened = [];
    private readonly string adminConnectionString;

    private PostgresTarget(string adminConnectionString, string schema)
    {
        this.adminConnectionString = adminConnectionString;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public override string Provider => "Postgres";

    public string Schema { get; }

    /// <summary>The server's connection string with this test's schema as its Search Path.</summary>
    public string ConnectionString { get; }

    /// <summary>A new empty schema, or a skipped test when no server is configured.</summary>
    public static async Task<PostgresTarget> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server),
            $"PostgreSQL contract tests skipped: {Variable} is not set (e.g. {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\"; .ci/run starts a throwaway server and sets it).");
        var schema = "fc_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync();
        return new PostgresTarget(server!, schema);
    }

    public override IClaimStore ClaimStore() => new PostgresClaimStore(Database());

    public override IClaimChangeLog ChangeLog() => new SqlClaimChangeLog(Database());

    public override IChatStateStore ChatState(TimeProvider? time = null) =>
        new SqlChatStateStore(Database(), time ?? TimeProvider.System, NullLogger<SqlChatStateStore>.Instance);

    public override Task<int> PruneHandledEventsAsync(IChatStateStore store) => ((SqlChatStateStore)store).PruneHandledEventsAsync(CancellationToken.None);

    public override IEmbeddingStore Embeddings() => new PostgresEmbeddingStore(Database());

    public override IFeedStateStore Feeds() => new SqlFeedStateStore(Database());

    public override ITipStore Tips(TimeProvider? time = null, OutboxLease? lease = null) =>
        new SqlTipStore(Database(), time ?? TimeProvider.System, lease ?? OutboxLease.Default);

    public override ICheckLog CheckLog() => new SqlCheckLog(Database());

    public override IReviewerNoticeStore ReviewerNotices(TimeProvider? time = null, OutboxLease? lease = null) =>
        new SqlReviewerNoticeStore(Database(), time ?? TimeProvider.System, lease ?? OutboxLease.Default);

    public override IEventClaims EventClaims(TimeProvider? time = null) => new SqlEventClaims(Database(), time ?? TimeProvider.System);

    public override ILeaderLock LeaderLock() => new PostgresLeaderLock(Database(), TimeProvider.System);

    public override Core.Desk.IDeskStore Desk() => new SqlDeskStore(Database());

    public override ITipImageStore TipImages() => new SqlTipImageStore(Database());

    public override Core.Images.IImageFingerprintStore Fingerprints() => new SqlImageFingerprintStore(Database());

    public override IPendingImageStore PendingImages() => new SqlPendingImageStore(Database());

    /// <summary>A new database object (its own pool) on this schema, disposed with the target.</summary>
    public PostgresDatabase Database()
    {
        var database = new PostgresDatabase(ConnectionString);
        lock (opened)
        {
            opened.Add(database);
        }

        return database;
    }

    public override async Task<string> DumpAsync()
    {
        await using var connection = await Database().OpenAsync(CancellationToken.None);
        var tables = await ColumnAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE \"C\"");
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.AppendLine("# " + table);
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\" ORDER BY 1, 2", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i)).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<IReadOnlyList<string>> ColumnAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(CancellationToken.None);
        return await ColumnAsync(connection, sql);
    }

    public override Task FailSecondOutboxInsertAsync() => ExecuteAsync("""
        CREATE FUNCTION fail_second_notification() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (SELECT COUNT(*) FROM outbox) >= 1 THEN RAISE EXCEPTION 'injected failure'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER fail_second_notification BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION fail_second_notification();
        """);

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {Schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await base.DisposeAsync();
    }

    private static async Task<IReadOnlyList<string>> ColumnAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "NULL");
        }

        return values;
    }
}
