using System.Numerics.Tensors;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// The vectors of a <see cref="DenseIndex"/> as int8 rows: each row is its vector minus a common centre, quantized
/// with its own scale, plus the float correction that centring needs. Add everything, then score from any thread.
/// </summary>
/// <remarks>
/// Sentence embeddings share a large common direction (two unrelated claims have a cosine near 0.8 under arctic-xs)
/// and a few outsized components; quantized as they are, those set every scale and the rest gets coarse steps.
/// With c the centre, q·r = (q−c)·(r−c) + c·(r−c) + q·c: only the first term is quantized, and it is small. The
/// centre is the mean of the first <see cref="CentreSample"/> vectors; any centre gives the right score, a good
/// one only a more precise one, so vectors added later keep it.
/// </remarks>
internal sealed class Int8Rows(int dimensions, int capacity)
{
    /// <summary>How many vectors the centre is the mean of; they are held as floats until then.</summary>
    public const int CentreSample = 256;

    // Above this many dimensions a residual goes to the heap instead of the stack.
    private const int StackDimensions = 2048;

    private readonly Lock _gate = new();
    private List<float[]>? _pending = [];
    private float[]? _centre;
    private sbyte[] _components = new sbyte[Math.Max(capacity, 0) * dimensions];
    private float[] _scales = new float[Math.Max(capacity, 0)];
    private float[] _offsets = new float[Math.Max(capacity, 0)];

    /// <summary>Number of rows held.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the rows (components, scales, offsets), the centre, and the vectors still waiting for it.</summary>
    public long Bytes =>
        _components.LongLength + ((long)(_scales.Length + _offsets.Length + dimensions + ((_pending?.Count ?? 0) * dimensions)) * sizeof(float));

    /// <summary>Adds a row; not safe alongside other calls.</summary>
    public void Add(ReadOnlySpan<float> vector)
    {
        if (_pending is { } pending)
        {
            pending.Add(vector.ToArray());
            Count++;
            if (pending.Count == CentreSample)
            {
                Freeze();
            }

            return;
        }

        Store(Count++, vector, _centre!);
    }

    /// <summary>
    /// Quantizes <paramref name="query"/> minus the centre into <paramref name="quantized"/>, using
    /// <paramref name="scratch"/> (the dimensions' length) on the way; returns its scale and q·c.
    /// </summary>
    public (float Scale, float Offset) Query(ReadOnlySpan<float> query, Span<sbyte> quantized, Span<float> scratch)
    {
        var centre = CentreOrFreeze();
        TensorPrimitives.Subtract(query, centre, scratch);
        return (Int8Vectors.Quantize(scratch, quantized), TensorPrimitives.Dot(query, centre));
    }

    /// <summary>
    /// Scores rows <paramref name="start"/>.. against a query from <see cref="Query"/>, one per element of
    /// <paramref name="scores"/>, with <paramref name="dots"/> (at least as long) for the integer products.
    /// </summary>
    public void Score(ReadOnlySpan<sbyte> query, float queryScale, float queryOffset, int start, Span<float> scores, Span<int> dots)
    {
        var count = scores.Length;
        dots = dots[..count];
        Int8Vectors.DotRows(query, _components.AsSpan(start * dimensions, count * dimensions), dots);
        var scales = _scales.AsSpan(start, count);
        var offsets = _offsets.AsSpan(start, count);
        for (var i = 0; i < count; i++)
        {
            scores[i] = (dots[i] * (queryScale * scales[i])) + offsets[i] + queryOffset;
        }
    }

    private float[] CentreOrFreeze()
    {
        if (Volatile.Read(ref _centre) is { } centre)
        {
            return centre;
        }

        lock (_gate)
        {
            if (_centre is null)
            {
                Freeze();
            }

            return _centre!;
        }
    }

    // Fixes the centre as the mean of the vectors held so far and quantizes them; the centre is published last, so
    // a reader that sees it sees the rows.
    private void Freeze()
    {
        var pending = _pending!;
        var centre = new float[dimensions];
        foreach (var vector in pending)
        {
            TensorPrimitives.Add(centre, vector, centre);
        }

        if (pending.Count > 0)
        {
            TensorPrimitives.Divide(centre, pending.Count, centre);
        }

        for (var row = 0; row < pending.Count; row++)
        {
            Store(row, pending[row], centre);
        }

        _pending = null;
        Volatile.Write(ref _centre, centre);
    }

    private void Store(int row, ReadOnlySpan<float> vector, float[] centre)
    {
        if (row == _scales.Length)
        {
            var grown = Math.Max(16, _scales.Length * 2);
            Array.Resize(ref _scales, grown);
            Array.Resize(ref _offsets, grown);
            Array.Resize(ref _components, grown * dimensions);
        }

        var residual = dimensions <= StackDimensions ? stackalloc float[dimensions] : new float[dimensions];
        TensorPrimitives.Subtract(vector, centre, residual);
        _scales[row] = Int8Vectors.Quantize(residual, _components.AsSpan(row * dimensions, dimensions));
        _offsets[row] = TensorPrimitives.Dot(centre, residual);
    }
}
