using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class EmbeddingModelFilesTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-model-").FullName;

    [Fact]
    public void A_model_folder_on_disk_loads_and_embeds_like_the_bundled_copy()
    {
        var bundled = BundledEmbeddingModels.Load(BundledEmbeddingModels.MiniLmName);
        File.WriteAllBytes(Path.Combine(_folder, "model.onnx"), bundled.OnnxModel);
        File.WriteAllLines(Path.Combine(_folder, "vocab.txt"), bundled.Vocabulary);

        var options = new EmbeddingModelOptions { Model = "directory", Directory = _folder, Pooling = EmbeddingPooling.Mean, IntraOpThreads = 1, Quantize = false };
        using var fromDisk = OnnxTextEmbedder.Create(options);

        const string text = "Drinking bleach cures the virus";
        Assert.Equal(1.0, TensorPrimitives.Dot(fromDisk.Embed(text), fixture.Embedder.Embed(text)), precision: 4);
        Assert.NotEqual(fixture.Embedder.ModelId, fromDisk.ModelId);
    }

    [Fact]
    public void A_missing_model_file_is_reported_with_its_full_path()
    {
        File.WriteAllLines(Path.Combine(_folder, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]);

        var error = Assert.Throws<FileNotFoundException>(
            () => EmbeddingModelFiles.FromDirectory(_folder, EmbeddingPooling.Mean, lowerCase: true, maxTokens: 128));

        Assert.Equal(Path.Combine(_folder, "model.onnx"), error.FileName);
        Assert.Contains(Path.Combine(_folder, "model.onnx"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_mode_without_a_directory_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<ArgumentException>(() => EmbeddingModelFiles.Load(new EmbeddingModelOptions { Model = "directory" }));

        Assert.Contains("Embeddings:Directory", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
