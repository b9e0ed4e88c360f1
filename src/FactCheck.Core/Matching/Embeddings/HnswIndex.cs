namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// An approximate nearest-neighbour index of unit vectors (USearch's HNSW graph, components stored as 16-bit floats,
/// cosine), several vectors per owner (a claim's phrasings: vector j of owner o has key o·64 + j). Saved to one file and opened either loaded
/// (copied into memory, can change) or viewed (memory-mapped read-only: opening costs nothing however large it is).
/// </summary>
/// <remarks>Searches and changes take one lock: a search costs well under a millisecond, and USearch hands each
/// concurrent caller a thread slot of its own that it must have reserved first. Only <see cref="AddMany"/> runs
/// several threads, each on a reserved slot.</remarks>
public sealed unsafe class HnswIndex : IDisposable
{
    // f16 keeps the cosine within about 1e-3 of float32 at half the memory; USearch's int8 assumes components in
    // [-1, 1] scaled by 127 with no centring, which the arctic-xs vectors (one large shared direction) do not suit.
    private const uint Storage = UsearchNative.ScalarF16;

    // A claim has its text and its phrasings (CLEF claims: three); more than this many per owner are not kept. Keys
    // are per vector, not USearch's "multi" keys: its get returned only one vector of a multi key.
    private const int MaxPerOwner = 64;

    private readonly Lock gate = new();
    private nint handle;

    private HnswIndex(nint handle, int dimensions, bool viewed)
    {
        this.handle = handle;
        Dimensions = dimensions;
        Viewed = viewed;
    }

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>True when the index is a read-only memory-mapped view of its file.</summary>
    public bool Viewed { get; }

    /// <summary>Number of vectors held.</summary>
    public long Count
    {
        get
        {
            lock (gate)
            {
                return SizeUnlocked();
            }
        }
    }

    private nint Handle => handle != 0 ? handle : throw new ObjectDisposedException(nameof(HnswIndex));

    /// <summary>A new, empty index.</summary>
    public static HnswIndex Create(int dimensions, HnswSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new UsearchNative.InitOptions
        {
            MetricKind = UsearchNative.MetricCos,
            Quantization = Storage,
            Dimensions = (nuint)dimensions,
            Connectivity = (nuint)settings.Connectivity,
            ExpansionAdd = (nuint)settings.ExpansionAdd,
            ExpansionSearch = (nuint)settings.ExpansionSearch,
        };
        var handle = UsearchNative.usearch_init(ref options, out var error);
        UsearchNative.Check(error);
        var index = new HnswIndex(handle, dimensions, viewed: false);
        index.Tune(settings);
        return index;
    }

    /// <summary>Opens a saved index: memory-mapped read-only when <paramref name="view"/>, else copied into memory.</summary>
    /// <exception cref="UsearchException">The file is not a USearch index (or is cut short).</exception>
    public static HnswIndex Open(string path, HnswSettings settings, bool view)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new UsearchNative.InitOptions { MetricKind = UsearchNative.MetricCos, Quantization = Storage };
        var handle = UsearchNative.usearch_init(ref options, out var error);
        UsearchNative.Check(error);
        try
        {
            if (view)
            {
                UsearchNative.usearch_view(handle, path, out error);
            }
            else
            {
                UsearchNative.usearch_load(handle, path, out error);
            }

            UsearchNative.Check(error);
            var dimensions = (int)UsearchNative.usearch_dimensions(handle, out error);
            UsearchNative.Check(error);
            var index = new HnswIndex(handle, dimensions, view);
            index.Tune(settings);
            return index;
        }
        catch
        {
            UsearchNative.usearch_free(handle, out _);
            throw;
        }
    }

    /// <summary>Writes the index to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        lock (gate)
        {
            UsearchNative.usearch_save(Handle, path, out var error);
            UsearchNative.Check(error);
        }
    }

    /// <summary>Adds one vector of <paramref name="owner"/>.</summary>
    public void Add(int owner, ReadOnlySpan<float> vector)
    {
        CheckLength(vector);
        lock (gate)
        {
            Reserve(SizeUnlocked() + 1);
            if (FreeSlotOf(owner) is { } key)
            {
                AddUnlocked(key, vector);
            }
        }
    }

    /// <summary>Adds many vectors from <paramref name="threads"/> threads (capacity and thread slots reserved first).</summary>
    public void AddMany(IReadOnlyList<(int Owner, float[] Vector)> items, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var (_, vector) in items)
        {
            CheckLength(vector);
        }

        lock (gate)
        {
            threads = Math.Clamp(threads, 1, Environment.ProcessorCount);
            UsearchNative.usearch_change_threads_add(Handle, (nuint)threads, out var error);
            UsearchNative.Check(error);
            Reserve(SizeUnlocked() + items.Count);
            var keys = new ulong?[items.Count];
            var next = new Dictionary<int, ulong?>();
            for (var i = 0; i < items.Count; i++)
            {
                var owner = items[i].Owner;
                var key = next.TryGetValue(owner, out var known) ? known : FreeSlotOf(owner);
                keys[i] = key;
                next[owner] = key is { } k && (k + 1) % MaxPerOwner != 0 ? k + 1 : null;
            }

            Parallel.For(
                0,
                items.Count,
                new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                i =>
                {
                    if (keys[i] is { } key)
                    {
                        AddUnlocked(key, items[i].Vector);
                    }
                });
        }
    }

    /// <summary>Removes every vector of <paramref name="owner"/>; returns how many there were.</summary>
    public int Remove(int owner)
    {
        lock (gate)
        {
            var removed = 0;
            for (var j = 0; j < MaxPerOwner; j++)
            {
                var gone = UsearchNative.usearch_remove(Handle, KeyOf(owner, j), out var error);
                UsearchNative.Check(error);
                if (gone == 0)
                {
                    break; // an owner's vectors take keys j = 0, 1, 2, ... without gaps
                }

                removed++;
            }

            return removed;
        }
    }

    /// <summary>True when <paramref name="owner"/> has a vector here.</summary>
    public bool Contains(int owner)
    {
        lock (gate)
        {
            return Has(KeyOf(owner, 0));
        }
    }

    /// <summary>The nearest owners to <paramref name="query"/> (a unit vector), best first, each once, at most <paramref name="k"/>.</summary>
    /// <remarks>The graph is asked for <c>vectorsWanted</c> nearest vectors (default 3k): owners repeat across them.</remarks>
    public List<DenseHit> Search(ReadOnlySpan<float> query, int k, int vectorsWanted = 0)
    {
        CheckLength(query);
        if (k <= 0)
        {
            return [];
        }

        var wanted = Math.Max(vectorsWanted, 3 * k);
        var keys = new ulong[wanted];
        var distances = new float[wanted];
        nuint found;
        lock (gate)
        {
            fixed (float* q = query)
            fixed (ulong* keysPointer = keys)
            fixed (float* distancesPointer = distances)
            {
                found = UsearchNative.usearch_search(Handle, q, UsearchNative.ScalarF32, (nuint)wanted, keysPointer, distancesPointer, out var error);
                UsearchNative.Check(error);
            }
        }

        // Results come nearest first; an owner's first appearance is its best vector.
        var hits = new List<DenseHit>(k);
        var seen = new HashSet<int>();
        for (var i = 0; i < (int)found && hits.Count < k; i++)
        {
            var owner = (int)(keys[i] / MaxPerOwner);
            if (seen.Add(owner))
            {
                hits.Add(new DenseHit(owner, 1 - distances[i]));
            }
        }

        return hits;
    }

    /// <summary>The cosine of <paramref name="query"/> to the nearest stored vector of <paramref name="owner"/>, or null when it has none.</summary>
    public float? Similarity(int owner, ReadOnlySpan<float> query)
    {
        CheckLength(query);

        // On the stack: a check asks this for each of its lexical candidates (a hundred or more on a long message), and
        // a new array each time left 1.5 KB of garbage a candidate for the collector to stop every thread for.
        Span<float> buffer = Dimensions <= 2048 ? stackalloc float[Dimensions] : new float[Dimensions];
        float? best = null;
        lock (gate)
        {
            fixed (float* vector = buffer)
            {
                for (var j = 0; j < MaxPerOwner; j++)
                {
                    var found = UsearchNative.usearch_get(Handle, KeyOf(owner, j), 1, vector, UsearchNative.ScalarF32, out var error);
                    UsearchNative.Check(error);
                    if (found == 0)
                    {
                        break;
                    }

                    var cosine = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(query, buffer);
                    best = best is { } b ? Math.Max(b, cosine) : cosine;
                }
            }
        }

        return best;
    }

    /// <summary>Every stored vector of <paramref name="owner"/>, as floats (empty when it has none).</summary>
    public List<float[]> VectorsOf(int owner)
    {
        var vectors = new List<float[]>();
        lock (gate)
        {
            for (var j = 0; j < MaxPerOwner; j++)
            {
                var buffer = new float[Dimensions];
                nuint found;
                fixed (float* vector = buffer)
                {
                    found = UsearchNative.usearch_get(Handle, KeyOf(owner, j), 1, vector, UsearchNative.ScalarF32, out var error);
                    UsearchNative.Check(error);
                }

                if (found == 0)
                {
                    break;
                }

                vectors.Add(buffer);
            }
        }

        return vectors;
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (handle != 0)
            {
                UsearchNative.usearch_free(handle, out _);
                handle = 0;
            }
        }
    }

    private void Tune(HnswSettings settings)
    {
        UsearchNative.usearch_change_expansion_search(handle, (nuint)settings.ExpansionSearch, out var error);
        UsearchNative.Check(error);
        UsearchNative.usearch_change_threads_search(handle, (nuint)Environment.ProcessorCount, out error);
        UsearchNative.Check(error);
    }

    private long SizeUnlocked()
    {
        var size = UsearchNative.usearch_size(Handle, out var error);
        UsearchNative.Check(error);
        return (long)size;
    }

    // Grows by doubling: reserving one more vector per add (as the package's wrapper does) reallocates every time.
    private void Reserve(long needed)
    {
        var capacity = (long)UsearchNative.usearch_capacity(Handle, out var error);
        UsearchNative.Check(error);
        if (capacity >= needed)
        {
            return;
        }

        UsearchNative.usearch_reserve(Handle, (nuint)Math.Max(needed, 2 * capacity), out error);
        UsearchNative.Check(error);
    }

    private static ulong KeyOf(int owner, int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(owner);
        return ((ulong)owner * MaxPerOwner) + (ulong)j;
    }

    private bool Has(ulong key)
    {
        var count = UsearchNative.usearch_count(Handle, key, out var error);
        UsearchNative.Check(error);
        return count > 0;
    }

    // The owner's next unused key, or null when it already has MaxPerOwner vectors.
    private ulong? FreeSlotOf(int owner)
    {
        for (var j = 0; j < MaxPerOwner; j++)
        {
            var key = KeyOf(owner, j);
            if (!Has(key))
            {
                return key;
            }
        }

        return null;
    }

    private void AddUnlocked(ulong key, ReadOnlySpan<float> vector)
    {
        fixed (float* v = vector)
        {
            UsearchNative.usearch_add(handle, key, v, UsearchNative.ScalarF32, out var error);
            UsearchNative.Check(error);
        }
    }

    private void CheckLength(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }
    }
}
