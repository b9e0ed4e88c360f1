using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Matching.Embeddings;

/// <summary>An embedding store in a dictionary, for tests of what sits above the store.</summary>
internal sealed class MemoryEmbeddingStore : IEmbeddingStore
{
    private readonly Dictionary<string, Dictionary<string, float[]>> _byModel = [];

    public Task<IReadOnlyDictionary<string, float[]>> LoadAsync(string modelId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, float[]>>(_byModel.GetValueOrDefault(modelId) ?? []);

    public Task SaveAsync(string modelId, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        var model = _byModel.TryGetValue(modelId, out var m) ? m : _byModel[modelId] = [];
        foreach (var (key, vector) in vectors)
        {
            model[key] = vector;
        }

        return Task.CompletedTask;
    }
}
