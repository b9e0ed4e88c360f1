using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The few functions of USearch's C library (libusearch_c, shipped in the Cloud.Unum.USearch package) that the
/// HNSW index needs. Called directly: the package's managed wrapper reserves capacity one vector at a time inside
/// Add (so adds from several threads fail with "Reserve capacity ahead of insertions") and cannot set the search
/// expansion of an index it loaded.</summary>
internal static partial class UsearchNative
{
    private const string Library = "libusearch_c";

    public const uint MetricCos = 1;
    public const uint ScalarF32 = 1;
    public const uint ScalarF16 = 3;
    public const uint ScalarI8 = 4;

    /// <summary>usearch_init_options_t as the 2.26 library reads it, with zeroed room after it in case a later
    /// library reads further fields (they then see zeros, each field's "default").</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct InitOptions
    {
        public uint MetricKind;
        public nint Metric;
        public uint Quantization;
        public nuint Dimensions;
        public nuint Connectivity;
        public nuint ExpansionAdd;
        public nuint ExpansionSearch;
        public int Multi;
        public Reserved Padding;
    }

    [InlineArray(8)]
    public struct Reserved
    {
        private long element;
    }

    [LibraryImport(Library)]
    public static partial nint usearch_init(ref InitOptions options, out nint error);

    [LibraryImport(Library)]
    public static partial void usearch_free(nint index, out nint error);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void usearch_save(nint index, string path, out nint error);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void usearch_load(nint index, string path, out nint error);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void usearch_view(nint index, string path, out nint error);

    [LibraryImport(Library)]
    public static partial nuint usearch_size(nint index, out nint error);

    [LibraryImport(Library)]
    public static partial nuint usearch_capacity(nint index, out nint error);

    [LibraryImport(Library)]
    public static partial nuint usearch_dimensions(nint index, out nint error);

    [LibraryImport(Library)]
    public static partial void usearch_reserve(nint index, nuint capacity, out nint error);

    [LibraryImport(Library)]
    public static partial void usearch_change_expansion_search(nint index, nuint expansion, out nint error);

    [LibraryImport(Library)]
    public static partial void usearch_change_threads_add(nint index, nuint threads, out nint error);

    [LibraryImport(Library)]
    public static partial void usearch_change_threads_search(nint index, nuint threads, out nint error);

    [LibraryImport(Library)]
    public static unsafe partial void usearch_add(nint index, ulong key, float* vector, uint kind, out nint error);

    [LibraryImport(Library)]
    public static partial nuint usearch_count(nint index, ulong key, out nint error);

    [LibraryImport(Library)]
    public static unsafe partial nuint usearch_search(nint index, float* query, uint kind, nuint count, ulong* keys, float* distances, out nint error);

    [LibraryImport(Library)]
    public static unsafe partial nuint usearch_get(nint index, ulong key, nuint count, float* vectors, uint kind, out nint error);

    [LibraryImport(Library)]
    public static partial nuint usearch_remove(nint index, ulong key, out nint error);

    /// <summary>Throws when the library reported an error (a pointer to a static message, never freed).</summary>
    public static void Check(nint error)
    {
        if (error != 0)
        {
            throw new UsearchException(Marshal.PtrToStringUTF8(error) ?? "unknown USearch error");
        }
    }
}
