using System.Buffers;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Unit vectors in one contiguous array, searched by brute-force cosine similarity. Several vectors may share an
/// owner (a claim's phrasings); an owner scores by its nearest vector. Add everything, then search from any thread.
/// </summary>
/// <remarks>
/// Vectors are held as int8 with one scale each (<see cref="Int8Vectors"/>): a scan reads a quarter of the bytes
/// floats would take, and it is bound by memory bandwidth. A score is then within about 0.002 of the float cosine.
/// </remarks>
public sealed class DenseIndex(int dimensions, int capacity = 0)
{
    // Above this many dimensions the quantized query goes to a pooled array instead of the stack.
    private const int StackDimensions = 2048;

    // Rows whose dot products one kernel call computes before they are folded into owner scores (4 KB of results).
    private const int RowsPerBlock = 1024;

    private sbyte[] _vectors = new sbyte[Math.Max(capacity, 0) * dimensions];
    private float[] _scales = new float[Math.Max(capacity, 0)];
    private int[] _owners = new int[Math.Max(capacity, 0)];
    private readonly Dictionary<int, List<int>> _rowsOfOwner = [];
    private int _maxOwner = -1;

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; } = dimensions > 0 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions));

    /// <summary>Number of vectors held.</summary>
    public int Count { get; private set; }

    /// <summary>Memory held by the vectors (their int8 components and scales), in bytes.</summary>
    public long VectorBytes => _vectors.LongLength + ((long)_scales.Length * sizeof(float));

    /// <summary>Adds a unit vector belonging to <paramref name="owner"/> (a small non-negative number).</summary>
    public void Add(int owner, ReadOnlySpan<float> vector)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(owner);
        CheckLength(vector, nameof(vector));
        if (Count == _owners.Length)
        {
            var grown = Math.Max(16, _owners.Length * 2);
            Array.Resize(ref _owners, grown);
            Array.Resize(ref _scales, grown);
            Array.Resize(ref _vectors, grown * Dimensions);
        }

        _scales[Count] = Int8Vectors.Quantize(vector, _vectors.AsSpan(Count * Dimensions, Dimensions));
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
        if (k <= 0 || Count == 0)
        {
            return [];
        }

        sbyte[]? rented = null;
        var quantized = Dimensions <= StackDimensions ? stackalloc sbyte[Dimensions] : (rented = ArrayPool<sbyte>.Shared.Rent(Dimensions));
        var best = ArrayPool<float>.Shared.Rent(_maxOwner + 1);
        try
        {
            var q = quantized[..Dimensions];
            var queryScale = Int8Vectors.Quantize(query, q);
            best.AsSpan(0, _maxOwner + 1).Fill(float.NegativeInfinity);
            Span<int> dots = stackalloc int[RowsPerBlock];
            for (var start = 0; start < Count; start += RowsPerBlock)
            {
                var rows = Math.Min(RowsPerBlock, Count - start);
                Int8Vectors.DotRows(q, _vectors.AsSpan(start * Dimensions, rows * Dimensions), dots[..rows]);
                var scales = _scales.AsSpan(start, rows);
                var owners = _owners.AsSpan(start, rows);
                for (var i = 0; i < rows; i++)
                {
                    var score = Int8Vectors.Score(dots[i], queryScale, scales[i]);
                    ref var slot = ref best[owners[i]];
                    if (score > slot)
                    {
                        slot = score;
                    }
                }
            }

            return TopK(best.AsSpan(0, _maxOwner + 1), k);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(best);
            if (rented is not null)
            {
                ArrayPool<sbyte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The cosine similarity of <paramref name="query"/> to the nearest vector of <paramref name="owner"/>, or null when it has none.</summary>
    /// <remarks>The same quantized arithmetic as <see cref="Search"/>, so the two agree exactly.</remarks>
    public float? Similarity(int owner, ReadOnlySpan<float> query)
    {
        CheckLength(query, nameof(query));
        if (!_rowsOfOwner.TryGetValue(owner, out var rows))
        {
            return null;
        }

        sbyte[]? rented = null;
        var quantized = Dimensions <= StackDimensions ? stackalloc sbyte[Dimensions] : (rented = ArrayPool<sbyte>.Shared.Rent(Dimensions));
        try
        {
            var q = quantized[..Dimensions];
            var queryScale = Int8Vectors.Quantize(query, q);
            var best = float.NegativeInfinity;
            foreach (var row in rows)
            {
                var dot = 0;
                Int8Vectors.DotRows(q, _vectors.AsSpan(row * Dimensions, Dimensions), new Span<int>(ref dot));
                best = Math.Max(best, Int8Vectors.Score(dot, queryScale, _scales[row]));
            }

            return best;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<sbyte>.Shared.Return(rented);
            }
        }
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
