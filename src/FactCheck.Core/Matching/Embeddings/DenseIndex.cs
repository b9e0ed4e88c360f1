using System.Buffers;
using System.Numerics.Tensors;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Unit vectors in one contiguous array, searched by brute-force cosine similarity. Several vectors may share an
/// owner (a claim's phrasings); an owner scores by its nearest vector. Add everything, then search from any thread.
/// </summary>
public sealed class DenseIndex(int dimensions, int capacity = 0)
{
    private float[] _vectors = new float[Math.Max(capacity, 0) * dimensions];
    private int[] _owners = new int[Math.Max(capacity, 0)];
    private readonly Dictionary<int, List<int>> _rowsOfOwner = [];
    private int _maxOwner = -1;

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; } = dimensions > 0 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions));

    /// <summary>Number of vectors held.</summary>
    public int Count { get; private set; }

    /// <summary>Memory held by the vectors, in bytes.</summary>
    public long VectorBytes => (long)_vectors.Length * sizeof(float);

    /// <summary>Adds a unit vector belonging to <paramref name="owner"/> (a small non-negative number).</summary>
    public void Add(int owner, ReadOnlySpan<float> vector)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(owner);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }

        if (Count == _owners.Length)
        {
            var grown = Math.Max(16, _owners.Length * 2);
            Array.Resize(ref _owners, grown);
            Array.Resize(ref _vectors, grown * Dimensions);
        }

        vector.CopyTo(_vectors.AsSpan(Count * Dimensions, Dimensions));
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
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        if (k <= 0 || Count == 0)
        {
            return [];
        }

        var best = ArrayPool<float>.Shared.Rent(_maxOwner + 1);
        try
        {
            best.AsSpan(0, _maxOwner + 1).Fill(float.NegativeInfinity);
            var vectors = _vectors.AsSpan(0, Count * Dimensions);
            for (var row = 0; row < Count; row++)
            {
                var score = TensorPrimitives.Dot(query, vectors.Slice(row * Dimensions, Dimensions));
                ref var slot = ref best[_owners[row]];
                if (score > slot)
                {
                    slot = score;
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
    public float? Similarity(int owner, ReadOnlySpan<float> query)
    {
        if (!_rowsOfOwner.TryGetValue(owner, out var rows))
        {
            return null;
        }

        var best = float.NegativeInfinity;
        foreach (var row in rows)
        {
            best = Math.Max(best, TensorPrimitives.Dot(query, _vectors.AsSpan(row * Dimensions, Dimensions)));
        }

        return best;
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
