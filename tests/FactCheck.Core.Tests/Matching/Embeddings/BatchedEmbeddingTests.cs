using FactCheck.Core.Matching.Embeddings;
using FactCheck.Tests.Shared;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class BatchedEmbeddingTests
{
    private static readonly (int Owner, string Text)[] Texts =
        Enumerable.Range(0, 1000).Select(i => (i, $"claim number {i} about topic {i % 37}")).ToArray();

    [Fact]
    public async Task A_run_stopped_at_a_batch_boundary_resumes_computing_only_what_is_missing()
    {
        var store = new MemoryEmbeddingStore();
        using var stop = new CancellationTokenSource();
        var killed = new HashEmbedder { CancelAfter = (3, stop) }; // cancelled as its third batch of 100 is done

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new BatchedEmbedding(killed, store, batchSize: 100).EmbedAsync(Texts, null, null, stop.Token));
        var resumed = new HashEmbedder();
        var received = new List<(int Owner, float[] Vector)>();
        var progress = new List<EmbeddingProgress>();
        var computed = await new BatchedEmbedding(resumed, store, batchSize: 100).EmbedAsync(
            Texts,
            (items, _) =>
            {
                received.AddRange(items);
                return Task.CompletedTask;
            },
            new InlineProgress(progress.Add),
            CancellationToken.None);

        Assert.Equal(300, killed.Computed); // each batch was saved before the next began
        Assert.Equal(700, computed);
        Assert.Equal(700, resumed.Computed);
        Assert.Equal(Texts.Select(t => t.Owner), received.Select(r => r.Owner));
        Assert.Equal(new HashEmbedder().Embed(Texts[5].Text), received[5].Vector);
        Assert.True(progress[^1] is { Done: 1000, Total: 1000, Computed: 700, Finished: true });
    }

    [Fact]
    public async Task A_second_run_over_stored_vectors_computes_nothing()
    {
        var store = new MemoryEmbeddingStore();
        await new BatchedEmbedding(new HashEmbedder(), store).EmbedAsync(Texts, null, null, CancellationToken.None);
        var again = new HashEmbedder();

        var computed = await new BatchedEmbedding(again, store).EmbedAsync(Texts, null, null, CancellationToken.None);

        Assert.Equal((0, 0), (computed, again.Computed));
    }

    // Progress<T> posts to the thread pool; the test wants every report, in order, before the call returns.
    private sealed class InlineProgress(Action<EmbeddingProgress> report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report(value);
    }
}
