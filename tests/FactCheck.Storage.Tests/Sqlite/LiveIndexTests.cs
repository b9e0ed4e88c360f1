using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>The claim index beside the store: caught up with other processes' changes, reopened at restart, rebuilt
/// when it cannot be trusted.</summary>
public sealed class LiveIndexTests : IDisposable
{
    private const string Rumour = "Drinking hot lemon water every morning kills the coronavirus in the throat";
    private readonly TempDatabase temp = new();

    private string Folder => Path.Combine(temp.Directory, "data", "test.index");

    [Fact]
    public async Task A_claim_another_store_instance_adds_is_answered_after_a_refresh_and_a_restart_reuses_the_index()
    {
        await Store().UpsertAsync([Make("seed", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
        using (var running = Checker())
        {
            await running.ReloadAsync(CancellationToken.None);
            Assert.False((await running.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);

            // Another process (an import, `tips publish`) writes through its own connection to the same file.
            await Store().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
            await running.RefreshAsync(CancellationToken.None);

            var report = await running.CheckAsync(new CheckRequest(Rumour), CancellationToken.None);
            Assert.Equal("lemon", report.Matches.Single(m => m.Decision == MatchDecision.Reply).Claim.Id);
        }

        await Store().UpsertAsync([Make("later", "Eating garlic protects against every virus")], CancellationToken.None);
        using var restarted = Checker();
        await restarted.ReloadAsync(CancellationToken.None);
        Assert.Null(restarted.IndexReport!.RebuildReason);
        Assert.Equal((1, 3), (restarted.IndexReport.ChangesApplied, restarted.IndexReport.Claims));
        Assert.True((await restarted.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);
    }

    [Fact]
    public async Task An_updated_claim_keeps_one_document_and_a_deleted_one_is_no_longer_answered()
    {
        await Store().UpsertAsync([Make("lemon", Rumour), Make("moon", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
        using var running = Checker();
        await running.ReloadAsync(CancellationToken.None);

        await Store().UpsertAsync([Make("lemon", Rumour, rating: "True")], CancellationToken.None);
        await running.RefreshAsync(CancellationToken.None);
        var updated = await running.CheckAsync(new CheckRequest(Rumour), CancellationToken.None);
        await temp.ScalarAsync("DELETE FROM claims WHERE id = 'lemon'");
        await running.RefreshAsync(CancellationToken.None);
        var deleted = await running.CheckAsync(new CheckRequest(Rumour), CancellationToken.None);

        Assert.Equal(Verdict.True, updated.Matches.Single().Claim.Reviews[0].Verdict);
        Assert.Single(running.Matcher!.Index.Claims);
        Assert.Empty(deleted.Matches);
    }

    [Fact]
    public async Task A_state_in_use_by_a_check_stays_readable_until_released_and_is_then_let_go()
    {
        await Store().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
        using var running = Checker();
        await running.ReloadAsync(CancellationToken.None);
        var old = running.Matcher!;
        Assert.True(old.Index.TryAcquire());

        await Store().UpsertAsync([Make("moon", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
        await running.RefreshAsync(CancellationToken.None);

        Assert.NotSame(old, running.Matcher);
        Assert.Single(old.Index.Search(TextNormalizer.Normalize(Rumour).Text, 5, out _));
        old.Index.Release();
        Assert.False(old.Index.TryAcquire());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncate")]
    public async Task A_damaged_index_left_by_a_killed_process_is_rebuilt_never_trusted(string damage)
    {
        await Store().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
        using (var first = Checker())
        {
            await first.ReloadAsync(CancellationToken.None);
        }

        // A kill leaves no clean-close marker; the damage stands for a half-written or corrupted file.
        File.Delete(Path.Combine(Folder, "closed-cleanly"));
        foreach (var file in Directory.GetFiles(Folder, "*.cfs"))
        {
            var bytes = File.ReadAllBytes(file);
            if (damage == "garbage")
            {
                Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, Math.Min(64, bytes.Length / 4));
                File.WriteAllBytes(file, bytes);
            }
            else
            {
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
            }
        }

        using var next = Checker();
        await next.ReloadAsync(CancellationToken.None);
        Assert.StartsWith("unreadable", next.IndexReport!.RebuildReason, StringComparison.Ordinal);
        Assert.True((await next.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);
    }

    [Fact]
    public async Task The_folder_as_a_kill_leaves_it_in_the_middle_of_an_update_is_accepted_and_caught_up()
    {
        await Store().UpsertAsync([Make("moon", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
        var image = Path.Combine(temp.Directory, "image.index");
        using (var running = Checker())
        {
            await running.ReloadAsync(CancellationToken.None);
            await Store().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
            await running.RefreshAsync(CancellationToken.None);

            // The files as they are on disk while the writer holds changes it has not committed: what SIGKILL leaves.
            Directory.CreateDirectory(image);
            foreach (var file in Directory.GetFiles(Folder))
            {
                File.Copy(file, Path.Combine(image, Path.GetFileName(file)));
            }
        }

        Assert.False(File.Exists(Path.Combine(image, "closed-cleanly"))); // so every file's checksum is verified
        var database = new SqliteDatabase(temp.ConnectionString);
        using var next = new CheckService(new SqliteClaimStore(database), new MatchingOptions(), null, null, new SqlClaimChangeLog(database), new ClaimIndexLocation(image));
        await next.ReloadAsync(CancellationToken.None);

        Assert.Null(next.IndexReport!.RebuildReason);
        Assert.Equal(2, next.IndexReport.Claims);
        Assert.True((await next.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);
    }

    [Fact]
    public async Task An_index_ahead_of_the_store_or_holding_another_count_of_claims_is_rebuilt()
    {
        await Store().UpsertAsync([Make("lemon", Rumour), Make("moon", "The moon landing was filmed in a studio in Nevada desert")], CancellationToken.None);
        using (var first = Checker())
        {
            await first.ReloadAsync(CancellationToken.None);
        }

        // The store restored from an older copy: its sequence is behind what the index recorded.
        await temp.ScalarAsync("DELETE FROM claim_changes WHERE seq = (SELECT MAX(seq) FROM claim_changes)");
        using (var ahead = Checker())
        {
            await ahead.ReloadAsync(CancellationToken.None);
            Assert.StartsWith("ahead of the store", ahead.IndexReport!.RebuildReason, StringComparison.Ordinal);
        }

        // A claim removed behind the change log's back: same sequence, another count (the log first made whole again).
        await temp.ScalarAsync("INSERT INTO claim_changes (claim_id) VALUES ('moon'); DROP TRIGGER claims_change_on_delete; DELETE FROM claims WHERE id = 'lemon'");
        using var fewer = Checker();
        await fewer.ReloadAsync(CancellationToken.None);
        Assert.Equal("holds 2 claims, the store 1", fewer.IndexReport!.RebuildReason);
        Assert.False((await fewer.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);
    }

    [Fact]
    public async Task A_second_process_on_a_folder_in_use_indexes_in_memory_and_leaves_the_folder_alone()
    {
        await Store().UpsertAsync([Make("lemon", Rumour)], CancellationToken.None);
        using var running = Checker();
        await running.ReloadAsync(CancellationToken.None);
        var files = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToArray();

        using var verb = Checker();
        await verb.ReloadAsync(CancellationToken.None);

        Assert.Equal("in use by another process, indexed in memory", verb.IndexReport!.RebuildReason);
        Assert.True((await verb.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);
        Assert.Equal(files, Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToArray());
    }

    public void Dispose() => temp.Dispose();

    private static Claim Make(string id, string text, string rating = "False") => new(
        id, text, "en", [], [],
        [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check", "factcheck.example.org"), rating, RatingMapper.Map(rating))]);

    private SqliteClaimStore Store() => new(new SqliteDatabase(temp.ConnectionString));

    private CheckService Checker()
    {
        var database = new SqliteDatabase(temp.ConnectionString);
        return new CheckService(new SqliteClaimStore(database), new MatchingOptions(), null, null, new SqlClaimChangeLog(database), new ClaimIndexLocation(Folder));
    }
}
