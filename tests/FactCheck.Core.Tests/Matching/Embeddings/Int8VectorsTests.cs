using System.Runtime.Intrinsics.X86;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class Int8VectorsTests
{
    private delegate void Kernel(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots);

    public static TheoryData<string> Kernels => ["Avx512", "AvxVnni", "Avx2", "Portable", "Dispatch"];

    private static (Kernel? Kernel, string Why) KernelNamed(string name) => name switch
    {
        "Avx512" => (Avx512BW.IsSupported ? Int8Vectors.DotRowsAvx512 : null, "this CPU has no AVX-512BW"),
        "AvxVnni" => (AvxVnni.IsSupported ? Int8Vectors.DotRowsAvxVnni : null, "this CPU has no AVX-VNNI"),
        "Avx2" => (Avx2.IsSupported ? Int8Vectors.DotRowsAvx2 : null, "this CPU has no AVX2"),
        "Portable" => (Int8Vectors.DotRowsPortable, ""),
        _ => (Int8Vectors.DotRows, ""),
    };

    private static int Reference(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        var sum = 0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }

    [SkippableTheory]
    [MemberData(nameof(Kernels))]
    public void Every_kernel_gives_the_exact_integer_dot_product_whatever_the_length(string name)
    {
        var (kernel, why) = KernelNamed(name);
        Skip.If(kernel is null, why);
        var random = new Random(5);
        foreach (var length in new[] { 0, 1, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 384, 385, 1000 })
        {
            const int rowCount = 9;
            var query = RandomComponents(random, length);
            var rows = RandomComponents(random, length * rowCount);
            var dots = new int[rowCount];

            kernel(query, rows, dots);

            var expected = Enumerable.Range(0, rowCount).Select(r => Reference(query, rows.AsSpan(r * length, length))).ToArray();
            Assert.Equal(expected, dots);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Kernels))]
    public void Every_kernel_is_exact_at_the_extremes_where_a_16_bit_sum_would_saturate(string name)
    {
        var (kernel, why) = KernelNamed(name);
        Skip.If(kernel is null, why);
        const int length = 384;
        var query = Enumerable.Range(0, length).Select(i => (sbyte)(i % 3 == 0 ? -127 : 127)).ToArray();
        var same = query.ToArray();
        var opposite = query.Select(x => (sbyte)-x).ToArray();
        var dots = new int[2];

        kernel(query, [.. same, .. opposite], dots);

        Assert.Equal([length * 127 * 127, -length * 127 * 127], dots);
    }

    [Fact]
    public void The_intrinsic_kernel_this_cpu_picks_equals_the_portable_one_on_quantized_vectors()
    {
        var random = new Random(9);
        const int dimensions = 384;
        var query = new sbyte[dimensions];
        Int8Vectors.Quantize(RandomFloats(random, dimensions), query);
        var rows = new sbyte[dimensions * 200];
        for (var r = 0; r < 200; r++)
        {
            Int8Vectors.Quantize(RandomFloats(random, dimensions), rows.AsSpan(r * dimensions, dimensions));
        }

        var picked = new int[200];
        var portable = new int[200];
        Int8Vectors.DotRows(query, rows, picked);
        Int8Vectors.DotRowsPortable(query, rows, portable);

        Assert.Equal(portable, picked);
        Assert.Contains(portable, d => d != 0);
    }

    [Fact]
    public void A_kernel_refuses_rows_that_do_not_match_the_query_length()
    {
        Assert.Throws<ArgumentException>(() => Int8Vectors.DotRows(new sbyte[4], new sbyte[7], new int[2]));
    }

    [Fact]
    public void Quantizes_to_the_nearest_of_127_levels_of_the_largest_magnitude()
    {
        var quantized = new sbyte[5];

        var scale = Int8Vectors.Quantize([0.5f, -0.3f, 0, 0.125f, -0.5f], quantized);

        Assert.Equal(0.5f / 127, scale);
        Assert.Equal(new sbyte[] { 127, -76, 0, 32, -127 }, quantized);
    }

    [Fact]
    public void A_zero_vector_quantizes_to_zeros_with_scale_zero_and_a_non_finite_one_is_refused()
    {
        var quantized = new sbyte[] { 1, 2, 3 };

        Assert.Equal(0, Int8Vectors.Quantize([0, 0, 0], quantized));
        Assert.Equal(new sbyte[3], quantized);
        Assert.Throws<ArgumentException>(() => Int8Vectors.Quantize([0, float.NaN, 1], quantized));
        Assert.Throws<ArgumentException>(() => Int8Vectors.Quantize([float.NegativeInfinity, 0, 1], quantized));
    }

    private static sbyte[] RandomComponents(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

    private static float[] RandomFloats(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
}
