namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// The claim vectors kept in step with the claim index: a graph written to disk and memory-mapped (read-only), plus an
/// exact delta of the vectors added since it was written and the owners it holds that were retired since. A search
/// merges the two; <see cref="Compact"/> rewrites the graph with the delta when it has grown. Below
/// <see cref="VectorIndexOptions.GraphFromVectors"/> vectors there is no graph: everything is the exact scan.
/// </summary>
public sealed class LiveVectorIndex : IVectorIndex, IDisposable
{
    private readonly Lock gate = new();
    private readonly VectorIndexOptions options;
    private readonly VectorIndexFolder? folder;
    private readonly string storeId;
    private readonly string modelId;
    private HnswIndex? graph;

    // The graph's vectors as int8 rows, searched exactly instead of the graph while it is small enough
    // (VectorIndexOptions.ExactScanBelow); null above that.
    private DenseIndex? graphScan;
    private readonly CancellationTokenSource closing = new();
    private HashSet<int> graphOwners = [];
    private HashSet<int> retired = [];
    private DenseIndex delta;
    private Dictionary<int, List<float[]>> deltaVectors = [];
    private int deltaCount;

    internal LiveVectorIndex(int dimensions, VectorIndexOptions options, VectorIndexFolder? folder, string storeId, string modelId)
    {
        Dimensions = dimensions;
        this.options = options;
        this.folder = folder;
        this.storeId = storeId;
        this.modelId = modelId;
        delta = new DenseIndex(dimensions);
    }

    /// <inheritdoc/>
    public int Dimensions { get; }

    /// <summary>The store change the written graph reflects (the delta is replayed from the store after it).</summary>
    public long GraphSequence { get; private set; }

    /// <summary>Whether a graph is in use (else every search is the exact scan).</summary>
    public bool HasGraph => graph is not null;

    /// <summary>Owners with vectors in the graph and not retired, plus owners in the delta.</summary>
    public int OwnerCount
    {
        get
        {
            lock (gate)
            {
                return graphOwners.Count - retired.Count + deltaVectors.Keys.Count(o => !graphOwners.Contains(o) || retired.Contains(o));
            }
        }
    }

    /// <inheritdoc/>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return (int)(graph?.Count ?? 0) + deltaCount;
            }
        }
    }

    /// <summary>Vectors added since the graph was written.</summary>
    public int PendingVectors
    {
        get
        {
            lock (gate)
            {
                return deltaCount;
            }
        }
    }

    internal IReadOnlyCollection<int> GraphOwners => graphOwners;

    /// <summary>Done once the graph read at start is also held for the exact scan (or is too large for it).</summary>
    public Task ScanReady { get; private set; } = Task.CompletedTask;

    internal string StoreId => storeId;

    /// <inheritdoc/>
    public IReadOnlyList<DenseHit> Search(ReadOnlySpan<float> query, int k)
    {
        if (k <= 0)
        {
            return [];
        }

        lock (gate)
        {
            var best = new Dictionary<int, float>();
            if (graph is not null)
            {
                // Retired owners are skipped, so ask for more than k vectors when some are retired.
                var hits = graphScan is not null
                    ? graphScan.Search(query, k + Math.Min(retired.Count, 4 * k))
                    : graph.Search(query, k, (3 * k) + Math.Min(retired.Count, 4 * k));
                foreach (var hit in hits)
                {
                    if (!retired.Contains(hit.Owner))
                    {
                        best[hit.Owner] = hit.Score;
                    }
                }
            }

            foreach (var hit in delta.Search(query, k))
            {
                if (!best.TryGetValue(hit.Owner, out var score) || hit.Score > score)
                {
                    best[hit.Owner] = hit.Score;
                }
            }

            return best.OrderByDescending(b => b.Value).ThenBy(b => b.Key).Take(k).Select(b => new DenseHit(b.Key, b.Value)).ToList();
        }
    }

    /// <inheritdoc/>
    public float? Similarity(int owner, ReadOnlySpan<float> query)
    {
        lock (gate)
        {
            if (deltaVectors.ContainsKey(owner))
            {
                return delta.Similarity(owner, query);
            }

            return graph is not null && graphOwners.Contains(owner) && !retired.Contains(owner) ? graph.Similarity(owner, query) : null;
        }
    }

    /// <inheritdoc/>
    public void Add(int owner, ReadOnlySpan<float> vector)
    {
        lock (gate)
        {
            if (graphOwners.Contains(owner))
            {
                retired.Add(owner); // its graph vectors are stale now that it has new ones
            }

            delta.Add(owner, vector);
            if (!deltaVectors.TryGetValue(owner, out var list))
            {
                deltaVectors[owner] = list = [];
            }

            list.Add(vector.ToArray());
            deltaCount++;
        }
    }

    /// <inheritdoc/>
    public void Remove(int owner)
    {
        lock (gate)
        {
            if (graphOwners.Contains(owner))
            {
                retired.Add(owner);
            }

            if (deltaVectors.Remove(owner, out var gone))
            {
                delta.Remove(owner);
                deltaCount -= gone.Count;
            }
        }
    }

    /// <summary>Rewrites the graph with the delta when enough changed since it was written (or when the exact scan has
    /// grown past <see cref="VectorIndexOptions.GraphFromVectors"/>), recording <paramref name="sequence"/>. Searches go on
    /// meanwhile over the old graph and delta; the caller makes no other change until it returns.</summary>
    public void Compact(long sequence, CancellationToken cancellationToken, bool force = false)
    {
        HnswIndex? old;
        HashSet<int> oldOwners, oldRetired;
        List<(int, float[])> added;
        lock (gate)
        {
            var due = graph is null ? deltaCount >= options.GraphFromVectors : force || deltaCount + retired.Count >= options.CompactAfter;
            if (!due || (graph is null && deltaCount == 0))
            {
                return;
            }

            (old, oldOwners, oldRetired) = (graph, graphOwners, retired);
            added = deltaVectors.SelectMany(d => d.Value.Select(v => (d.Key, v))).ToList();
        }

        // A loaded copy of the current graph (the mapped one cannot change), less the retired owners, plus the delta.
        var next = old is null || folder is null ? HnswIndex.Create(Dimensions, options.Graph) : HnswIndex.Open(folder.GraphPath, options.Graph, view: false);
        if (old is not null && folder is null)
        {
            next.Dispose();
            next = old; // in memory there is no file to copy from: the graph changes in place
        }

        try
        {
            foreach (var owner in oldRetired)
            {
                next.Remove(owner);
            }

            next.AddMany(added, Environment.ProcessorCount, cancellationToken);
            var owners = oldOwners.Except(oldRetired).Concat(added.Select(a => a.Item1)).ToHashSet();
            Adopt(next, owners, sequence);
        }
        catch
        {
            if (!ReferenceEquals(next, old))
            {
                next.Dispose();
            }

            throw;
        }
    }

    /// <summary>Uses <paramref name="built"/> (holding the vectors of <paramref name="owners"/>, as of
    /// <paramref name="sequence"/>) as the graph: written to the folder and memory-mapped, or kept in memory without one.</summary>
    internal void Adopt(HnswIndex built, HashSet<int> owners, long sequence)
    {
        var viewed = built;
        if (folder is not null)
        {
            var temporary = folder.TemporaryGraphPath();
            built.Save(temporary);
            built.Dispose();
            folder.Commit(temporary, new VectorIndexMeta(storeId, modelId, Dimensions, options.Graph.Connectivity, sequence, 0, [], [.. owners]));
            viewed = HnswIndex.Open(folder.GraphPath, options.Graph, view: true);
        }

        var scan = ScanOf(viewed, owners);
        HnswIndex? previous;
        lock (gate)
        {
            previous = ReferenceEquals(graph, viewed) ? null : graph;
            (graph, graphScan, graphOwners, retired, GraphSequence) = (viewed, scan, owners, [], sequence);
            delta = new DenseIndex(Dimensions);
            deltaVectors = [];
            deltaCount = 0;
        }

        previous?.Dispose();
    }

    /// <summary>Uses a graph read from the folder (viewed) with its meta.</summary>
    internal void Adopt(HnswIndex viewed, VectorIndexMeta meta)
    {
        lock (gate)
        {
            (graph, graphScan, graphOwners, GraphSequence) = (viewed, null, [.. meta.Owners], meta.Sequence);
        }

        // Copying 228,000 vectors costs about 1.3 s of CPU: a restart answers through the graph meanwhile.
        var token = closing.Token;
        ScanReady = Task.Run(() => ScanInBackground(viewed, meta.Owners, token), token);
    }

    private void ScanInBackground(HnswIndex viewed, IReadOnlyCollection<int> owners, CancellationToken cancellationToken)
    {
        DenseIndex? scan;
        try
        {
            scan = ScanOf(viewed, owners, cancellationToken);
        }
        catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException)
        {
            return; // closed, or the graph replaced and disposed, meanwhile
        }

        lock (gate)
        {
            if (ReferenceEquals(graph, viewed))
            {
                graphScan = scan;
            }
        }
    }

    // A copy of a small graph's vectors for the exact scan: at 200,000 claims (228,000 vectors) the int8 scan costs
    // about 6 ms of CPU a search and finds the exact nearest claims, where the graph at ef_search 1,024 costs 12-14 ms
    // and finds 0.854 of them (bench/README.md). Read from the mapped graph, not the store, so a restart stays quick.
    private DenseIndex? ScanOf(HnswIndex built, IReadOnlyCollection<int> owners, CancellationToken cancellationToken = default)
    {
        var count = built.Count;
        if (count >= options.ExactScanBelow)
        {
            return null;
        }

        var scan = new DenseIndex(Dimensions, (int)count);
        foreach (var owner in owners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var vector in built.VectorsOf(owner))
            {
                scan.Add(owner, vector);
            }
        }

        return scan;
    }

    public void Dispose()
    {
        closing.Cancel();
        lock (gate)
        {
            graph?.Dispose();
            graph = null;
            graphScan = null;
        }

        folder?.MarkClean();
    }
}
