using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Tests.Shared;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class DenseBesideLexicalTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    // Generous: only reached when the two halves do not run at the same time (the test then fails instead of hanging).
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Messages =>
    [
        "They are hiding tiny spy devices inside the corona jabs to follow everyone.",
        "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK.",
        "Breaking news from the front. Russia had lost up to 13,500 soldiers in Ukraine by mid-March 2022, officials say. "
            + "Meanwhile people claim COVID-19 vaccines contain microchips to track people. Kim Jong Un told Putin he was too crazy. "
            + "Share this before it is deleted! Nobody else reports it. The weather is nice today.",
        "Rusia meminta bantuan keuangan dan militer ke China di tengah invasi Rusia ke Ukraina.",
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Dense_and_lexical_halves_run_side_by_side_give_the_same_result_as_one_after_the_other(string message)
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);

        // Both vector indexes: the exact scan, and the graph the matcher uses from GraphFromVectors on.
        foreach (var vectorOptions in new[] { VectorIndexOptions.Default, VectorIndexOptions.Default with { GraphFromVectors = 1 } })
        {
            var dense = await DenseRetriever.BuildAsync(index.Claims, fixture.Embedder, new MemoryEmbeddingStore(), CancellationToken.None, vectorOptions);
            var apart = new Matcher(index, new MatchingOptions { DenseBesideLexical = false }, dense).Match(message);
            var beside = new Matcher(index, new MatchingOptions { DenseBesideLexical = true }, dense).Match(message);

            Assert.NotEmpty(apart.Matches);
            Assert.Equal(apart.Matches, beside.Matches);
            Assert.Equal(apart.UnmatchedPassages, beside.UnmatchedPassages);
            Assert.Equal(apart.PassageCount, beside.PassageCount);
            (dense.Index as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task The_dense_half_runs_while_the_lexical_half_is_still_searching()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var embedder = new WaitingEmbedder();
        var dense = await DenseRetriever.BuildAsync(index.Claims, embedder, new MemoryEmbeddingStore(), CancellationToken.None);
        using var lexicalStarted = new ManualResetEventSlim();
        embedder.WaitFor = lexicalStarted;
        var passages = Segmenter.Split("COVID-19 vaccines contain microchips to track people.", 200);

        // Each half waits until the other has started: run one after the other, the first would wait in vain.
        var (lexical, vectors, hits) = DensePassageSearch.Run(
            dense,
            passages,
            new MatchingOptions(),
            beside: true,
            () =>
            {
                lexicalStarted.Set();
                return embedder.Started.Wait(Patience);
            },
            CancellationToken.None);

        Assert.True(lexical, "the model run had not started while the lexical half ran");
        Assert.True(embedder.SawLexical, "the lexical half had not started while the model ran");
        Assert.NotNull(vectors[0]);
        Assert.Equal("vaccine", index.Claims[hits[0]![0].Owner].Id);
    }

    [Fact]
    public async Task A_cancelled_check_stops_with_both_halves_finished()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var embedder = new WaitingEmbedder();
        var dense = await DenseRetriever.BuildAsync(index.Claims, embedder, new MemoryEmbeddingStore(), CancellationToken.None);
        var matcher = new Matcher(index, new MatchingOptions(), dense);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => matcher.Match("COVID-19 vaccines contain microchips to track people.", null, cancelled.Token));
        Assert.Equal(0, embedder.Running);
    }

    [Fact]
    public async Task A_failing_lexical_half_is_reported_after_the_dense_half_has_stopped()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var embedder = new WaitingEmbedder();
        var dense = await DenseRetriever.BuildAsync(index.Claims, embedder, new MemoryEmbeddingStore(), CancellationToken.None);
        using var lexicalFailing = new ManualResetEventSlim();
        embedder.WaitFor = lexicalFailing;
        var passages = Segmenter.Split("COVID-19 vaccines contain microchips to track people.", 200);

        var error = Assert.Throws<InvalidOperationException>(() => DensePassageSearch.Run<int>(
            dense,
            passages,
            new MatchingOptions(),
            beside: true,
            () =>
            {
                lexicalFailing.Set();
                throw new InvalidOperationException("lexical");
            },
            CancellationToken.None));

        Assert.Equal("lexical", error.Message);
        Assert.Equal(0, embedder.Running);
    }

    // Embeds as HashEmbedder does; once WaitFor is set, a batch first waits for it (and says it started).
    private sealed class WaitingEmbedder : ITextEmbedder
    {
        private readonly HashEmbedder inner = new();
        private int running;

        public ManualResetEventSlim? WaitFor { get; set; }

        public ManualResetEventSlim Started { get; } = new();

        public bool SawLexical { get; private set; }

        public int Running => Volatile.Read(ref running);

        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public string QueryPrefix => inner.QueryPrefix;

        public float[] Embed(string text) => inner.Embed(text);

        public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref running);
            try
            {
                if (WaitFor is { } other)
                {
                    Started.Set();
                    SawLexical = other.Wait(Patience, cancellationToken);
                }

                cancellationToken.ThrowIfCancellationRequested();
                return inner.EmbedBatch(texts, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }
}
