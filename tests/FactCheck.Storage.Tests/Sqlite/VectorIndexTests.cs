using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;
using FactCheck.Tests.Shared;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>The claim vectors' graph beside the claim index: reused at restart without running the model, caught up
/// with what changed while the bot was stopped, rebuilt when it cannot be trusted.</summary>
public sealed class VectorIndexTests : IDisposable
{
    // A graph from 40 vectors on, so a small store exercises it.
    private static readonly VectorIndexOptions Options = new(HnswSettings.Default, GraphFromVectors: 40, CompactAfter: 10);
    private readonly TempDatabase temp = new();

    private string Folder => Path.Combine(temp.Directory, "data", "test.index");

    private string GraphFile => Path.Combine(Folder, "vectors", "graph.usearch");

    [Fact]
    public async Task A_restart_memory_maps_the_saved_graph_and_runs_the_model_on_nothing()
    {
        await Store().UpsertAsync(Claims(60), CancellationToken.None);
        var first = new HashEmbedder();
        using (var running = Checker(first))
        {
            await running.ReloadAsync(CancellationToken.None);
            Assert.True(running.VectorReport!.Graph);
            Assert.Equal(60, first.Computed);
        }

        var second = new HashEmbedder();
        using var restarted = Checker(second);
        await restarted.ReloadAsync(CancellationToken.None);

        Assert.Null(restarted.VectorReport!.RebuildReason);
        Assert.Equal((0, 60), (second.Computed, restarted.VectorReport.Owners));
        Assert.Equal("c17", Top(restarted, Text(17)));
    }

    [Fact]
    public async Task Claims_added_changed_and_deleted_while_the_bot_was_stopped_are_caught_up_at_restart()
    {
        await Store().UpsertAsync(Claims(60), CancellationToken.None);
        using (var running = Checker(new HashEmbedder()))
        {
            await running.ReloadAsync(CancellationToken.None);
        }

        await Store().UpsertAsync([Make("c3", "vaccines contain tracking microchips says viral post"), Make("new", "the moon is made of green cheese")], CancellationToken.None);
        await temp.ScalarAsync("DELETE FROM claims WHERE id = 'c5'");
        var embedder = new HashEmbedder();
        using var restarted = Checker(embedder);
        await restarted.ReloadAsync(CancellationToken.None);

        Assert.Null(restarted.VectorReport!.RebuildReason);
        Assert.Equal(2, embedder.Computed); // only the changed and the new claim's texts
        Assert.Equal("c3", Top(restarted, "vaccines contain tracking microchips says viral post"));
        Assert.Equal("new", Top(restarted, "the moon is made of green cheese"));
        Assert.NotEqual("c5", Top(restarted, Text(5)));
    }

    [Fact]
    public async Task A_damaged_graph_after_a_kill_is_rebuilt_not_trusted()
    {
        await Store().UpsertAsync(Claims(60), CancellationToken.None);
        using (var running = Checker(new HashEmbedder()))
        {
            await running.ReloadAsync(CancellationToken.None);
        }

        // A kill leaves no "closed cleanly" mark, so the graph's checksum is read; a byte in its middle is flipped.
        File.Delete(Path.Combine(Folder, "vectors", "closed-cleanly"));
        await using (var file = new FileStream(GraphFile, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            var b = file.ReadByte();
            file.Position = file.Length / 2;
            file.WriteByte((byte)(b ^ 0xFF));
        }

        using var restarted = Checker(new HashEmbedder());
        await restarted.ReloadAsync(CancellationToken.None);

        Assert.Equal("graph file fails its checksum", restarted.VectorReport!.RebuildReason);
        Assert.True(restarted.VectorReport.Graph);
        Assert.Equal("c17", Top(restarted, Text(17)));
    }

    [Fact]
    public async Task A_graph_cut_short_is_rebuilt_even_after_a_clean_stop()
    {
        await Store().UpsertAsync(Claims(60), CancellationToken.None);
        using (var running = Checker(new HashEmbedder()))
        {
            await running.ReloadAsync(CancellationToken.None);
        }

        await using (var file = new FileStream(GraphFile, FileMode.Open, FileAccess.ReadWrite))
        {
            file.SetLength(file.Length / 3);
        }

        using var restarted = Checker(new HashEmbedder());
        await restarted.ReloadAsync(CancellationToken.None);

        Assert.Equal("graph file of the wrong length", restarted.VectorReport!.RebuildReason);
        Assert.Equal("c17", Top(restarted, Text(17)));
    }

    [Fact]
    public async Task A_running_bot_adds_new_claims_beside_the_graph_and_rewrites_it_once_enough_changed()
    {
        await Store().UpsertAsync(Claims(60), CancellationToken.None);
        using var running = Checker(new HashEmbedder());
        await running.ReloadAsync(CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(GraphFile);
        var index = (LiveVectorIndex)running.Dense!.Index;

        await Store().UpsertAsync([Make("x1", "the moon is made of green cheese")], CancellationToken.None);
        await running.RefreshAsync(CancellationToken.None);
        Assert.Equal(1, index.PendingVectors);
        Assert.Equal("x1", Top(running, "the moon is made of green cheese"));

        await Store().UpsertAsync(Enumerable.Range(0, 12).Select(i => Make($"y{i}", $"fresh rumour {i} about word{i}")).ToArray(), CancellationToken.None);
        await running.RefreshAsync(CancellationToken.None);

        Assert.Equal(0, index.PendingVectors); // 13 vectors >= CompactAfter 10: written into the graph
        Assert.Equal(73, index.OwnerCount);
        Assert.Equal("x1", Top(running, "the moon is made of green cheese"));
        Assert.True(File.GetLastWriteTimeUtc(GraphFile) >= written);
    }

    public void Dispose() => temp.Dispose();

    private static string Top(CheckService checker, string text)
    {
        var dense = checker.Dense!;
        var hit = dense.Index.Search(dense.Embedder.Embed(text), 1)[0];
        return checker.Matcher!.Index.Claims[hit.Owner].Id;
    }

    private static Claim[] Claims(int count) => Enumerable.Range(0, count).Select(i => Make($"c{i}", Text(i))).ToArray();

    private static string Text(int i) => $"claim {i} says word{i} and word{i * 7 % 101} happened in town{i % 13}";

    private static Claim Make(string id, string text) => new(
        id, text, "en", [], [],
        [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check", "factcheck.example.org"), "False", RatingMapper.Map("False"))]);

    private SqliteClaimStore Store() => new(new SqliteDatabase(temp.ConnectionString));

    private CheckService Checker(HashEmbedder embedder)
    {
        var database = new SqliteDatabase(temp.ConnectionString);
        return new CheckService(
            new SqliteClaimStore(database), new MatchingOptions(), embedder, new SqliteEmbeddingStore(database), new SqlClaimChangeLog(database), new ClaimIndexLocation(Folder), Options);
    }
}
