using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Checking;

/// <summary>
/// The core of the bot: checks messages against the claims of the store. With the store's change log, through a live
/// index (on disk beside the store when a location is given) that catches up with the store's changes instead of being
/// rebuilt; without one, through an index rebuilt from every claim. Given an embedder and an embedding store, it also
/// ranks by sentence embeddings (vectors stored, so a restart does not run the model over every claim again).
/// </summary>
public sealed class CheckService(
    IClaimStore store,
    MatchingOptions options,
    ITextEmbedder? embedder = null,
    IEmbeddingStore? embeddings = null,
    IClaimChangeLog? changeLog = null,
    ClaimIndexLocation? location = null,
    VectorIndexOptions? vectorOptions = null) : ICheckService, IDisposable
{
    // How stale the index on disk may get behind what a running bot searches (a restart catches up the difference).
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private LiveClaimIndex? live;
    private DenseRetriever? dense;
    private Matcher? matcher;

    /// <summary>The matcher in use; null until <see cref="ReloadAsync"/> has run. Its index holds the service's
    /// reference: use it while nothing refreshes the service (tests, one-shot verbs), else go through CheckAsync.</summary>
    public Matcher? Matcher => Volatile.Read(ref matcher);

    /// <summary>Raised after the index caught up with changes of the store and the new state is in use.</summary>
    public event EventHandler? IndexAdvanced;

    /// <summary>The claim vectors in use (null without embeddings, or before <see cref="ReloadAsync"/>).</summary>
    public DenseRetriever? Dense => dense;

    /// <summary>What the last opening of the index found and did (null before, or without a change log).</summary>
    public ClaimIndexReport? IndexReport { get; private set; }

    /// <summary>What opening the claim vectors found and did (null without embeddings or a change log).</summary>
    public VectorIndexReport? VectorReport { get; private set; }

    /// <summary>Where the progress of embedding many claims at start is shown (the host's stderr), if anywhere.</summary>
    public IProgress<EmbeddingProgress>? EmbeddingProgress { get; set; }

    /// <summary>Loads the index the first time (opening the one on disk, rebuilt only when it disagrees with the store),
    /// then catches up with the store's changes; checks in flight finish on the state they started with.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (changeLog is null)
        {
            var claims = await store.LoadAllAsync(cancellationToken);
            var built = embedder is null || embeddings is null
                ? null
                : await DenseRetriever.BuildAsync(claims, embedder, embeddings, cancellationToken, vectorOptions, EmbeddingProgress);
            Use(claims, built);
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (live is null)
            {
                var opened = await ClaimIndexOpener.OpenAsync(changeLog, location?.Folder, cancellationToken);
                live = opened.Index;
                IndexReport = opened.Report;
                dense = await BuildDenseAsync(cancellationToken);
                Swap(new Matcher(live.Acquire(), options, dense));
                return;
            }

            await CatchUpAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Catches up with the store when the index is loaded; does nothing otherwise (a verb that only writes
    /// claims needs no index: the next check loads it).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (Matcher is not null)
        {
            await ReloadAsync(cancellationToken);
        }
    }

    /// <summary>Replaces the index with one over <paramref name="claims"/>, fused with <paramref name="dense"/> when given.</summary>
    public void Use(IReadOnlyList<Claim> claims, DenseRetriever? dense = null) =>
        Swap(new Matcher(ClaimIndex.Build(claims), options, dense));

    /// <summary>A lexical matcher over other texts with the same settings as the checker's (the tipline uses it to find
    /// an open tip that a new submission repeats). Dispose its index after use.</summary>
    public Matcher MatcherFor(IReadOnlyList<Claim> claims) => new(ClaimIndex.Build(claims), options);

    /// <inheritdoc/>
    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var current = await AcquireAsync(cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return CheckRunner.Check(current, request, options, cancellationToken);
        }
        finally
        {
            current.Index.Release();
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref matcher, null)?.Index.Release();
        (dense?.Index as IDisposable)?.Dispose();
        live?.Dispose();
        gate.Dispose();
    }

    // The current matcher with a reference on its index; a refresh between reading and acquiring means take the newer.
    private async Task<Matcher> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = Matcher;
            if (current is null)
            {
                await ReloadAsync(cancellationToken);
                continue;
            }

            if (current.Index.TryAcquire())
            {
                return current;
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var changed = false;
        while (await changeLog!.ChangesAfterAsync(live!.Sequence, ClaimIndexOpener.BatchSize, cancellationToken) is { Count: > 0 } changes)
        {
            var applied = live.Apply(changes);
            if (dense is not null && embeddings is not null)
            {
                await DenseUpdates.ApplyAsync(dense, embeddings, applied, cancellationToken);
            }

            changed = true;
        }

        if (changed)
        {
            // The graph is rewritten with what was added since it was written, once that is enough to matter.
            (dense?.Index as LiveVectorIndex)?.Compact(live.Sequence, cancellationToken);
            live.CommitIfDue(CommitInterval);
            Swap(new Matcher(live.Acquire(), options, dense));
            IndexAdvanced?.Invoke(this, EventArgs.Empty);
        }
    }

    private async Task<DenseRetriever?> BuildDenseAsync(CancellationToken cancellationToken)
    {
        if (embedder is null || embeddings is null)
        {
            return null;
        }

        using var snapshot = live!.Acquire();
        var (index, report) = await VectorIndexOpener.OpenAsync(
            snapshot, live.Sequence, live.Folder, live.StoreId, embedder, embeddings, changeLog, vectorOptions ?? VectorIndexOptions.Default, EmbeddingProgress, cancellationToken);
        VectorReport = report;
        return new DenseRetriever(embedder, index);
    }

    // The old state is released by its last check, not disposed under its feet.
    private void Swap(Matcher fresh) => Interlocked.Exchange(ref matcher, fresh)?.Index.Release();
}
