using System.Buffers;
using System.Numerics.Tensors;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Unit vectors in one contiguous array, searched by brute-force cosine similarity. Several vectors may share an
/// owner (a claim's phrasings); an owner scores by its nearest vector. Add everything, then search from any thread.
/// </summary>
/// <remarks>
/// Vectors are held as int8 (<see cref="Int8Rows"/>): a scan reads a quarter of the bytes floats would take, and it
/// is bound by memory bandwidth. A score is then within about 0.001 of the float cosine.
/// </remarks>
public sealed class DenseIndex(int dimensions, int capacity = 0) : IVectorIndex
{
    // Above this many dimensions the quantized query goes to the heap instead of the stack.
    private const int StackDimensions = 2048;

    // Rows scored per kernel call before they are folded into owner scores (8 KB of results).
    private const int RowsPerBlock = 1024;

    private readonly Int8Rows _rows = new(dimensions, capacity);
    private int[] _owners = new int[Math.Max(capacity, 0)];
    private readonly Dictionary<int, List<int>> _rowsOfOwner = [];
    private int _maxOwner = -1;

    // Vectors are added and retired while the bot answers (the live index). One plain lock (searches take it too): a
    // reader-writer lock is disposable and would make every holder of an index dispose it.
    private readonly Lock _lock = new();

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; } = dimensions > 0 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions));

    /// <summary>Number of vectors held.</summary>
    public int Count { get; private set; }

    /// <summary>Memory held by the vectors (int8 components, a scale and an offset each, the centre), in bytes.</summary>
    public long VectorBytes => _rows.Bytes;

    /// <summary>Adds a unit vector belonging to <paramref name="owner"/> (a small non-negative number).</summary>
    public void Add(int owner, ReadOnlySpan<float> vector)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(owner);
        CheckLength(vector, nameof(vector));
        if (!float.IsFinite(TensorPrimitives.MaxMagnitude(vector)))
        {
            throw new ArgumentException("A vector component is not a finite number.", nameof(vector));
        }

        _lock.Enter();
        try
        {
            AddLocked(owner, vector);
        }
        finally
        {
            _lock.Exit();
        }
    }

    /// <summary>Retires every vector of <paramref name="owner"/> (a deleted or changed claim); its rows stay allocated but never score.</summary>
    public void Remove(int owner)
    {
        _lock.Enter();
        try
        {
            if (_rowsOfOwner.Remove(owner, out var rows))
            {
                foreach (var row in rows)
                {
                    _owners[row] = -1;
                }
            }
        }
        finally
        {
            _lock.Exit();
        }
    }

    private void AddLocked(int owner, ReadOnlySpan<float> vector)
    {
        if (Count == _owners.Length)
        {
            Array.Resize(ref _owners, Math.Max(16, _owners.Length * 2));
        }

        _rows.Add(vector);
        _owners[Count] = owner;
        if (!_rowsOfOwner.TryGetValue(owner, out var rows))
        {
            _rowsOfOwner[owner] = rows = [];
        }

        rows.Add(Count);
        _maxOwner = Math.Max(_maxOwner, owner);
        Count++;
    }

    /// <summary>The <paramref name="k"/> owners nearest to <paramref name="query"/> (a unit vector), best first.</summary>
    public IReadOnlyList<DenseHit> Search(ReadOnlySpan<float> query, int k)
    {
        CheckLength(query, nameof(query));
        _lock.Enter();
        try
        {
            return SearchLocked(query, k);
        }
        finally
        {
            _lock.Exit();
        }
    }

    private List<DenseHit> SearchLocked(ReadOnlySpan<float> query, int k)
    {
        if (k <= 0 || Count == 0 || _maxOwner < 0)
        {
            return [];
        }

        var quantized = Dimensions <= StackDimensions ? stackalloc sbyte[Dimensions] : new sbyte[Dimensions];
        var scratch = Dimensions <= StackDimensions ? stackalloc float[Dimensions] : new float[Dimensions];
        var (scale, offset) = _rows.Query(query, quantized, scratch);
        var best = ArrayPool<float>.Shared.Rent(_maxOwner + 1);
        try
        {
            best.AsSpan(0, _maxOwner + 1).Fill(float.NegativeInfinity);
            Span<int> dots = stackalloc int[RowsPerBlock];
            Span<float> scores = stackalloc float[RowsPerBlock];
            for (var start = 0; start < Count; start += RowsPerBlock)
            {
                var block = scores[..Math.Min(RowsPerBlock, Count - start)];
                _rows.Score(quantized, scale, offset, start, block, dots);
                var owners = _owners.AsSpan(start, block.Length);
                for (var i = 0; i < block.Length; i++)
                {
                    if (owners[i] < 0)
                    {
                        continue;
                    }

                    ref var slot = ref best[owners[i]];
                    if (block[i] > slot)
                    {
                        slot = block[i];
                    }
                }
            }

            return TopK(best.AsSpan(0, _maxOwner + 1), k);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(best);
        }
    }

    /// <summary>The cosine similarity of <paramref name="query"/> to the nearest vector of <paramref name="owner"/>, or null when it has none.</summary>
    /// <remarks>The same quantized arithmetic as <see cref="Search"/>, so the two agree exactly.</remarks>
    public float? Similarity(int owner, ReadOnlySpan<float> query)
    {
        CheckLength(query, nameof(query));
        _lock.Enter();
        try
        {
            return SimilarityLocked(owner, query);
        }
        finally
        {
            _lock.Exit();
        }
    }

    private float? SimilarityLocked(int owner, ReadOnlySpan<float> query)
    {
        if (!_rowsOfOwner.TryGetValue(owner, out var rows))
        {
            return null;
        }

        var quantized = Dimensions <= StackDimensions ? stackalloc sbyte[Dimensions] : new sbyte[Dimensions];
        var scratch = Dimensions <= StackDimensions ? stackalloc float[Dimensions] : new float[Dimensions];
        var (scale, offset) = _rows.Query(query, quantized, scratch);
        var best = float.NegativeInfinity;
        Span<int> dot = stackalloc int[1];
        Span<float> score = stackalloc float[1];
        foreach (var row in rows)
        {
            _rows.Score(quantized, scale, offset, row, score, dot);
            best = Math.Max(best, score[0]);
        }

        return best;
    }

    private void CheckLength(ReadOnlySpan<float> vector, string name)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", name);
        }
    }

    private static List<DenseHit> TopK(ReadOnlySpan<float> best, int k)
    {
        // A min-heap of the k best so far: O(n log k) and no sort of all owners.
        var heap = new PriorityQueue<int, float>(k + 1);
        for (var owner = 0; owner < best.Length; owner++)
        {
            var score = best[owner];
            if (float.IsNegativeInfinity(score))
            {
                continue;
            }

            if (heap.Count < k)
            {
                heap.Enqueue(owner, score);
            }
            else if (heap.TryPeek(out _, out var lowest) && score > lowest)
            {
                heap.DequeueEnqueue(owner, score);
            }
        }

        var hits = new List<DenseHit>(heap.Count);
        while (heap.TryDequeue(out var owner, out var score))
        {
            hits.Add(new DenseHit(owner, score));
        }

        hits.Reverse();
        return hits;
    }
}
