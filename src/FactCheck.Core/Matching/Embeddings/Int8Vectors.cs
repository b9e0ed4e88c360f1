using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Symmetric int8 quantization of vectors (one scale per vector) and exact integer dot products over them. Every
/// kernel computes the same int32 sum, so which one the CPU picks never changes a score.
/// </summary>
internal static class Int8Vectors
{
    /// <summary>The largest magnitude a quantized component takes; -128 is never produced, which the kernels rely on.</summary>
    public const int Levels = 127;

    /// <summary>
    /// Writes round(x / scale) with scale = max|x| / 127 into <paramref name="quantized"/> and returns the scale, 0 for
    /// a zero vector (whose components are then all 0).
    /// </summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> quantized)
    {
        var max = 0f;
        foreach (var x in vector)
        {
            max = MathF.Max(max, MathF.Abs(x));
        }

        if (!float.IsFinite(max))
        {
            throw new ArgumentException("A vector component is not a finite number.", nameof(vector));
        }

        if (max == 0)
        {
            quantized[..vector.Length].Clear();
            return 0;
        }

        var scale = max / Levels;
        for (var i = 0; i < vector.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp((int)MathF.Round(vector[i] / scale), -Levels, Levels);
        }

        return scale;
    }

    /// <summary>
    /// The dot product of <paramref name="query"/> with each of the rows laid end to end in <paramref name="rows"/>,
    /// into <paramref name="dots"/>, on the best kernel this CPU has. One call scans many rows: a call per row cost
    /// more than the arithmetic.
    /// </summary>
    public static void DotRows(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        if (Avx512BW.IsSupported)
        {
            DotRowsAvx512(query, rows, dots);
        }
        else if (AvxVnni.IsSupported)
        {
            DotRowsAvxVnni(query, rows, dots);
        }
        else if (Avx2.IsSupported)
        {
            DotRowsAvx2(query, rows, dots);
        }
        else
        {
            DotRowsPortable(query, rows, dots);
        }
    }

    /// <summary>32 components a step: sign-extend to 16 bits, multiply and add pairs into 32-bit lanes (vpmaddwd).</summary>
    internal static void DotRowsAvx512(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var (dimensions, vectorEnd) = CheckShapes(query, rows, dots, Vector256<sbyte>.Count);
        ref var q = ref MemoryMarshal.GetReference(query);
        for (var row = 0; row < dots.Length; row++)
        {
            ref var r = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), row * dimensions);
            var sum = Vector512<int>.Zero;
            for (var i = 0; i < vectorEnd; i += Vector256<sbyte>.Count)
            {
                var a = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref q, (nuint)i));
                var b = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref r, (nuint)i));
                sum += Avx512BW.MultiplyAddAdjacent(a, b);
            }

            dots[row] = Vector512.Sum(sum) + DotScalar(ref q, ref r, vectorEnd, dimensions);
        }
    }

    /// <summary>
    /// 32 components a step with vpdpbusd, which multiplies unsigned by signed bytes: |query| times the row with the
    /// query's sign moved onto it (vpsignb) is the same product, exact because no component is -128.
    /// </summary>
    internal static void DotRowsAvxVnni(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var (dimensions, vectorEnd) = CheckShapes(query, rows, dots, Vector256<sbyte>.Count);
        ref var q = ref MemoryMarshal.GetReference(query);
        for (var row = 0; row < dots.Length; row++)
        {
            ref var r = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), row * dimensions);
            var sum = Vector256<int>.Zero;
            for (var i = 0; i < vectorEnd; i += Vector256<sbyte>.Count)
            {
                var a = Vector256.LoadUnsafe(ref q, (nuint)i);
                var b = Vector256.LoadUnsafe(ref r, (nuint)i);
                sum = AvxVnni.MultiplyWideningAndAdd(sum, Avx2.Abs(a), Avx2.Sign(b, a));
            }

            dots[row] = Vector256.Sum(sum) + DotScalar(ref q, ref r, vectorEnd, dimensions);
        }
    }

    /// <summary>16 components a step: sign-extend to 16 bits, multiply and add pairs into 32-bit lanes (vpmaddwd).</summary>
    internal static void DotRowsAvx2(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var (dimensions, vectorEnd) = CheckShapes(query, rows, dots, Vector128<sbyte>.Count);
        ref var q = ref MemoryMarshal.GetReference(query);
        for (var row = 0; row < dots.Length; row++)
        {
            ref var r = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), row * dimensions);
            var sum = Vector256<int>.Zero;
            for (var i = 0; i < vectorEnd; i += Vector128<sbyte>.Count)
            {
                var a = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref q, (nuint)i));
                var b = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref r, (nuint)i));
                sum += Avx2.MultiplyAddAdjacent(a, b);
            }

            dots[row] = Vector256.Sum(sum) + DotScalar(ref q, ref r, vectorEnd, dimensions);
        }
    }

    /// <summary>
    /// Any CPU: 16 components a step with the cross-platform 128-bit vectors where they are accelerated (a product of
    /// two components, at most 127², fits 16 bits), the rest one at a time.
    /// </summary>
    internal static void DotRowsPortable(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var (dimensions, vectorEnd) = CheckShapes(
            query, rows, dots, Vector128.IsHardwareAccelerated ? Vector128<sbyte>.Count : int.MaxValue);
        ref var q = ref MemoryMarshal.GetReference(query);
        for (var row = 0; row < dots.Length; row++)
        {
            ref var r = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), row * dimensions);
            var sum = Vector128<int>.Zero;
            for (var i = 0; i < vectorEnd; i += Vector128<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref q, (nuint)i));
                var (bLow, bHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref r, (nuint)i));
                var (p0, p1) = Vector128.Widen(aLow * bLow);
                var (p2, p3) = Vector128.Widen(aHigh * bHigh);
                sum += p0 + p1 + p2 + p3;
            }

            dots[row] = Vector128.Sum(sum) + DotScalar(ref q, ref r, vectorEnd, dimensions);
        }
    }

    // The components from `from` on, one at a time: the tail a kernel's step does not divide.
    private static int DotScalar(ref sbyte left, ref sbyte right, int from, int to)
    {
        var sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }

        return sum;
    }

    // The kernels read through unchecked references, so the shapes are checked once here: the dimension count and
    // where a kernel of `step` components stops and the scalar tail begins.
    private static (int Dimensions, int VectorEnd) CheckShapes(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots, int step)
    {
        if ((long)query.Length * dots.Length != rows.Length)
        {
            throw new ArgumentException($"Expected {dots.Length} rows of {query.Length} components, got {rows.Length} components.", nameof(rows));
        }

        return (query.Length, step == int.MaxValue ? 0 : query.Length - (query.Length % step));
    }
}
