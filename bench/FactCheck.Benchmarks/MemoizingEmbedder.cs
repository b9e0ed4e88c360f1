using System.Collections.Concurrent;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Benchmarks;

/// <summary>Remembers every vector it computed, so a weight grid re-runs the matcher without re-running the model.</summary>
internal sealed class MemoizingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _seen = new(StringComparer.Ordinal);

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public string QueryPrefix => inner.QueryPrefix;

    public float[] Embed(string text) => _seen.GetOrAdd(text, inner.Embed);

    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !_seen.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = inner.EmbedBatch(missing, cancellationToken);
            for (var i = 0; i < missing.Length; i++)
            {
                _seen[missing[i]] = vectors[i];
            }
        }

        return texts.Select(t => _seen[t]).ToArray();
    }
}
