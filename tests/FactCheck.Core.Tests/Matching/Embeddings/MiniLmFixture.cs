using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

/// <summary>One bundled MiniLM embedder shared by a test class: loading the model takes seconds.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public OnnxTextEmbedder Embedder { get; } = new(BundledEmbeddingModels.Load(BundledEmbeddingModels.MiniLmName), intraOpThreads: 1);

    public void Dispose() => Embedder.Dispose();
}
