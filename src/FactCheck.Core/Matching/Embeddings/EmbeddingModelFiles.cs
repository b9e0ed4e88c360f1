using System.Security.Cryptography;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Loads the configured model: a bundled one, or model.onnx + vocab.txt from a folder on disk.</summary>
public static class EmbeddingModelFiles
{
    /// <summary>File name of the ONNX graph inside a model folder.</summary>
    public const string ModelFileName = "model.onnx";

    /// <summary>File name of the WordPiece vocabulary inside a model folder.</summary>
    public const string VocabularyFileName = "vocab.txt";

    /// <summary>The model <paramref name="options"/> name, quantized if they say so; a missing file is reported with its full path.</summary>
    public static EmbeddingModel Load(EmbeddingModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = LoadAsStored(options);
        return options.Quantize ? Int8Quantizer.Quantize(model) : model;
    }

    private static EmbeddingModel LoadAsStored(EmbeddingModelOptions options)
    {
        if (options.Model != "directory")
        {
            return BundledEmbeddingModels.Load(options.Model, options.MaxTokens);
        }

        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            throw new ArgumentException("Embeddings:Directory must name a folder holding model.onnx and vocab.txt when Embeddings:Model is 'directory'.");
        }

        return FromDirectory(options.Directory, options.Pooling, options.LowerCase, options.MaxTokens) with
        {
            QueryPrefix = options.QueryPrefix ?? string.Empty,
        };
    }

    /// <summary>Reads <c>model.onnx</c> and <c>vocab.txt</c> from <paramref name="directory"/>.</summary>
    public static EmbeddingModel FromDirectory(string directory, EmbeddingPooling pooling, bool lowerCase, int maxTokens)
    {
        var modelPath = Path.GetFullPath(Path.Combine(directory, ModelFileName));
        var vocabPath = Path.GetFullPath(Path.Combine(directory, VocabularyFileName));
        foreach (var path in new[] { modelPath, vocabPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"Embedding model file not found: {path} (the folder must hold {ModelFileName} and {VocabularyFileName}).", path);
            }
        }

        var onnx = File.ReadAllBytes(modelPath);
        using var vocabFile = File.OpenRead(vocabPath);
        var vocab = ReadVocabulary(vocabFile);

        // The id names the exact weights, so swapping the file in place cannot mix vectors of two models.
        var digest = Convert.ToHexStringLower(SHA256.HashData(onnx))[..16];
        var casing = lowerCase ? "uncased" : "cased";
        var id = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)))}@{digest};{pooling.ToString().ToLowerInvariant()};{casing};max{maxTokens}";
        return new EmbeddingModel(id, onnx, vocab, pooling, lowerCase, maxTokens);
    }

    /// <summary>Reads a vocab.txt: one token a line, the line number being its id.</summary>
    public static IReadOnlyList<string> ReadVocabulary(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var tokens = new List<string>(32_000);
        while (reader.ReadLine() is { } line)
        {
            tokens.Add(line);
        }

        return tokens;
    }
}
