using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Storage.Tests.Sqlite;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_once_and_again_on_restart_change_nothing()
    {
        using var db = new TempDatabase();
        await new SqliteClaimStore(db.ConnectionString).InitializeAsync(CancellationToken.None);
        var afterFirst = await db.DumpAsync();

        SqliteConnection.ClearAllPools();
        var restarted = new SqliteClaimStore(db.ConnectionString);
        await restarted.InitializeAsync(CancellationToken.None);
        await restarted.InitializeAsync(CancellationToken.None);

        Assert.Equal(afterFirst, await db.DumpAsync());
        Assert.Equal(SqliteMigrator.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await db.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("1", await db.ScalarAsync("SELECT MIN(version) FROM schema_version"));
    }

    [Fact]
    public async Task Processes_starting_together_apply_each_migration_once()
    {
        using var db = new TempDatabase();

        // Separate SqliteDatabase objects share nothing in memory, as two processes would not.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new SqliteClaimStore(db.ConnectionString).InitializeAsync(CancellationToken.None))));

        Assert.Equal("1", await db.ScalarAsync("SELECT COUNT(*) FROM schema_version WHERE version = 1"));
    }

    [Fact]
    public async Task Database_runs_in_WAL_mode()
    {
        using var db = new TempDatabase();
        await new SqliteClaimStore(db.ConnectionString).InitializeAsync(CancellationToken.None);

        Assert.Equal("wal", await db.ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public void Migrations_are_ordered_by_number_whatever_order_they_are_found_in()
    {
        var migrations = MigrationScripts.FromFiles([("0003_later.sql", "x"), ("0001_initial.sql", "y"), ("0010_much_later.sql", "z")]);

        Assert.Equal([1, 3, 10], migrations.Select(m => m.Version));
        Assert.Equal("later", migrations[1].Name);
    }

    [Fact]
    public void Two_migrations_with_one_number_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationScripts.FromFiles([("0002_a.sql", ""), ("0002_b.sql", "")]));

        Assert.Contains("share number 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_filling_a_gap_is_applied_when_it_appears()
    {
        using var db = new TempDatabase();
        var first = MigrationScripts.FromFiles([("0001_a.sql", "CREATE TABLE a (x INTEGER);"), ("0003_c.sql", "CREATE TABLE c (x INTEGER);")]);
        var later = MigrationScripts.FromFiles([.. first.Select(m => ($"{m.Version:D4}_{m.Name}.sql", m.Sql)), ("0002_b.sql", "CREATE TABLE b (x INTEGER);")]);
        var migrator = new SqliteMigrator(NullLogger.Instance);
        await using (var connection = await OpenAsync(db))
        {
            await migrator.MigrateAsync(connection, first, CancellationToken.None);
            await migrator.MigrateAsync(connection, later, CancellationToken.None);
        }

        Assert.Equal("1,2,3", await db.ScalarAsync("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_version ORDER BY version)"));
        Assert.Equal("0", await db.ScalarAsync("SELECT COUNT(*) FROM b"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace_and_is_tried_again()
    {
        using var db = new TempDatabase();
        var broken = MigrationScripts.FromFiles([("0001_a.sql", "CREATE TABLE a (x INTEGER); CREATE TABLE oops (;")]);
        var migrator = new SqliteMigrator(NullLogger.Instance);
        await using var connection = await OpenAsync(db);

        await Assert.ThrowsAsync<SqliteException>(() => migrator.MigrateAsync(connection, broken, CancellationToken.None));

        Assert.Equal("0", await db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'a'"));
        Assert.Equal("0", await db.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
    }

    private static async Task<SqliteConnection> OpenAsync(TempDatabase db)
    {
        Directory.CreateDirectory(Path.Combine(db.Directory, "data"));
        var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
