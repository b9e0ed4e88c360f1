using FactCheck.Bot.Cli;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Tips;
using FactCheck.Storage.Tests.Contract;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests;

/// <summary>`storage copy` moves a whole SQLite store into PostgreSQL, and a second run changes nothing.</summary>
public sealed class StorageCopyTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Copying_twice_gives_the_same_store_as_copying_once_with_every_claim_tip_and_notification_readable()
    {
        await using var postgres = await PostgresTarget.CreateAsync();
        await using var sqlite = new SqliteTarget();
        await FillAsync(sqlite);
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;

        var (first, firstOut, firstErr) = await CopyAsync(path, postgres.ConnectionString);
        var afterFirst = await postgres.DumpAsync();
        var (second, _, _) = await CopyAsync(path, postgres.ConnectionString);

        Assert.True(first == 0, firstErr);
        Assert.Equal(0, second);
        Assert.Contains("claims: 4 rows", firstOut, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await postgres.DumpAsync());
        Assert.Equal(
            (await sqlite.ClaimStore().LoadAllAsync(CancellationToken.None)).Select(c => (c.Id, c.Text, c.Phrasings.Count, c.Reviews[0].RatingText)),
            (await postgres.ClaimStore().LoadAllAsync(CancellationToken.None)).Select(c => (c.Id, c.Text, c.Phrasings.Count, c.Reviews[0].RatingText)));
        Assert.Equal(["1", "2"], (await postgres.Tips().DequeuePendingAsync("telegram", 10, CancellationToken.None)).Select(m => m.Asker.UserId));
        Assert.Equal("id", await postgres.ChatState().GetSettingAsync("telegram", "user:1", "language", CancellationToken.None));
        Assert.Equal(2, (await postgres.CheckLog().SummarizeAsync(Start.AddDays(-1), 5, CancellationToken.None)).Checks);
        var vector = (await postgres.Embeddings().LoadAsync("m", CancellationToken.None))[new string('a', 64)];
        Assert.Equal(new[] { 3f, 4f }, vector);
        Assert.Equal(4, (await postgres.ChangeLog().StateAsync(CancellationToken.None)).ClaimCount);

        // The id sequences moved past the copied ids: the next tip does not collide with a copied one.
        var next = await postgres.Tips().SubmitAsync(new TipSubmission("A new rumour", new Asker("telegram", "9", "c9", "en")), "new", "en", null, Start, CancellationToken.None);
        Assert.True(next.TipId > 2);
    }

    [SkippableFact]
    public async Task A_claim_changed_in_the_source_is_replaced_whole_by_the_next_copy()
    {
        await using var postgres = await PostgresTarget.CreateAsync();
        await using var sqlite = new SqliteTarget();
        await sqlite.ClaimStore().UpsertAsync([Claims.Make("a")], CancellationToken.None);
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
        await CopyAsync(path, postgres.ConnectionString);

        await sqlite.ExecuteAsync("DELETE FROM claim_phrasings WHERE claim_id = 'a' AND position = 1; UPDATE claims SET content_hash = 'changed' WHERE id = 'a'");
        await CopyAsync(path, postgres.ConnectionString);

        var copied = await postgres.ClaimStore().GetAsync("a", CancellationToken.None);
        Assert.Single(copied!.Phrasings);
    }

    [Theory]
    [InlineData("--to", "Data Source=data/factcheck.db")]
    [InlineData("--from", "no/such/file.db")]
    public async Task A_bad_source_or_target_is_a_usage_error_and_copies_nothing(string flag, string value)
    {
        await using var sqlite = new SqliteTarget();
        await sqlite.ClaimStore().InitializeAsync(CancellationToken.None);
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
        string[] args = flag == "--to" ? ["copy", "--from", path, "--to", value] : ["copy", "--from", value, "--to", "Host=127.0.0.1"];

        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(flag, error, StringComparison.Ordinal);
    }

    private static async Task FillAsync(SqliteTarget sqlite)
    {
        await sqlite.ClaimStore().UpsertAsync([Claims.Make("a"), Claims.Make("b"), Claims.Make("c", rating: "True")], CancellationToken.None);
        var tips = sqlite.Tips();
        var tip = await tips.SubmitAsync(new TipSubmission("Rumour one", new Asker("telegram", "1", "c1", "id")), "h1", "id", null, Start, CancellationToken.None);
        await tips.SubmitAsync(new TipSubmission("Rumour one", new Asker("telegram", "2", "c2", "id")), "h1", "id", null, Start, CancellationToken.None);
        await tips.SubmitAsync(new TipSubmission("Rumour two", new Asker("discord", "3", "c3", "en")), "h2", "en", null, Start, CancellationToken.None);
        await tips.PublishAsync(tip.TipId, Claims.Make("tip:1"), new Reviewer("telegram", "900"), Start, CancellationToken.None);
        await sqlite.ChatState().SetSettingAsync("telegram", "user:1", "language", "id", CancellationToken.None);
        await sqlite.ChatState().TryMarkHandledAsync("telegram", "update:1", CancellationToken.None);
        await sqlite.CheckLog().RecordAsync(new CheckRecord(Start, "telegram", "x", CheckOutcome.Reply, ["a"]), CancellationToken.None);
        await sqlite.CheckLog().RecordAsync(new CheckRecord(Start, "console", "y", CheckOutcome.NoMatch, []), CancellationToken.None);
        await sqlite.Embeddings().SaveAsync("m", new Dictionary<string, float[]> { [new string('a', 64)] = [3f, 4f] }, CancellationToken.None);
        await sqlite.Feeds().SaveRunAsync("feed", Start, "cursor", null, CancellationToken.None);
        await sqlite.ReviewerNotices().EnqueueAsync([("telegram", "-100")], "New tip", Start, CancellationToken.None);
    }

    private static Task<(int Code, string Out, string Error)> CopyAsync(string path, string postgres) =>
        RunAsync(["copy", "--from", path, "--to", postgres]);

    private static async Task<(int Code, string Out, string Error)> RunAsync(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await StorageCommand.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
