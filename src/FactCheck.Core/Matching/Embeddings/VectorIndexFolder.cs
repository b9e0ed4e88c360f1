using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// The claim vectors' files in a folder of the claim index (<c>vectors/</c>): the HNSW graph (<c>graph.usearch</c>) and
/// what it holds (<c>graph.meta</c>). A graph is written once under a temporary name and renamed into place, then its
/// meta the same way; a graph whose meta is missing, for another store, model or shape, or whose length or checksum
/// disagrees, is never used.
/// </summary>
internal sealed class VectorIndexFolder(string folder)
{
    /// <summary>The layout's version; files written with another one are rebuilt.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "FCVI";
    private const string CleanMarker = "closed-cleanly";

    public string Folder { get; } = folder;

    public string GraphPath => Path.Combine(Folder, "graph.usearch");

    private string MetaPath => Path.Combine(Folder, "graph.meta");

    /// <summary>The meta of a usable graph, or null with the reason it cannot be used. The graph's checksum is read
    /// only when the folder was not closed cleanly (a kill or a crash): about a second per GB.</summary>
    public VectorIndexMeta? Check(string storeId, string modelId, int dimensions, int connectivity, out string? reason)
    {
        Directory.CreateDirectory(Folder);
        var marker = Path.Combine(Folder, CleanMarker);
        var clean = File.Exists(marker);
        File.Delete(marker);
        reason = null;
        if (!File.Exists(MetaPath) || !File.Exists(GraphPath))
        {
            reason = "none found";
            return null;
        }

        VectorIndexMeta meta;
        try
        {
            meta = Read(MetaPath);
        }
        catch (Exception e) when (e is IOException or FormatException or EndOfStreamException or ArgumentException or OverflowException)
        {
            reason = $"unreadable meta ({e.GetType().Name})";
            return null;
        }

        reason = meta.StoreId != storeId ? "written for another store"
            : meta.ModelId != modelId || meta.Dimensions != dimensions ? "written for another embedding model"
            : meta.Connectivity != connectivity ? "written with another connectivity"
            : new FileInfo(GraphPath).Length != meta.GraphLength ? "graph file of the wrong length"
            : !clean && !Sha256(GraphPath).AsSpan().SequenceEqual(meta.GraphSha256) ? "graph file fails its checksum"
            : null;
        return reason is null ? meta : null;
    }

    /// <summary>Moves a graph saved at <paramref name="temporaryGraph"/> into place with its meta.</summary>
    public void Commit(string temporaryGraph, VectorIndexMeta meta)
    {
        var full = meta with { GraphLength = new FileInfo(temporaryGraph).Length, GraphSha256 = Sha256(temporaryGraph) };
        File.Move(temporaryGraph, GraphPath, overwrite: true);
        var temporaryMeta = MetaPath + ".tmp";
        using (var stream = new FileStream(temporaryMeta, FileMode.Create, FileAccess.Write))
        {
            Write(stream, full);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporaryMeta, MetaPath, overwrite: true);
    }

    /// <summary>A path for a graph being written (in the folder, so the rename is atomic).</summary>
    public string TemporaryGraphPath() => Path.Combine(Folder, "graph.usearch.tmp");

    /// <summary>Removes the graph and its meta (the store holds too few vectors for a graph, or they are being rebuilt).</summary>
    public void Empty()
    {
        foreach (var path in new[] { MetaPath, GraphPath, TemporaryGraphPath(), MetaPath + ".tmp" })
        {
            File.Delete(path);
        }
    }

    public void MarkClean() => File.WriteAllText(Path.Combine(Folder, CleanMarker), string.Empty);

    private static byte[] Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return SHA256.HashData(stream);
    }

    private static void Write(Stream stream, VectorIndexMeta meta)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(meta.StoreId);
        writer.Write(meta.ModelId);
        writer.Write(meta.Dimensions);
        writer.Write(meta.Connectivity);
        writer.Write(meta.Sequence);
        writer.Write(meta.GraphLength);
        writer.Write(meta.GraphSha256);
        writer.Write(meta.Owners.Length);
        foreach (var owner in meta.Owners)
        {
            writer.Write(owner);
        }
    }

    private static VectorIndexMeta Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new FormatException("not a vector index meta file of this format");
        }

        var (store, model, dimensions, connectivity, sequence, length) =
            (reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64(), reader.ReadInt64());
        var sha = reader.ReadBytes(32);
        var count = reader.ReadInt32();
        if (sha.Length != 32 || count < 0 || count > (stream.Length - stream.Position) / sizeof(int))
        {
            throw new FormatException("meta file cut short");
        }

        var owners = new int[count];
        for (var i = 0; i < count; i++)
        {
            owners[i] = reader.ReadInt32();
        }

        return new VectorIndexMeta(store, model, dimensions, connectivity, sequence, length, sha, owners);
    }
}
