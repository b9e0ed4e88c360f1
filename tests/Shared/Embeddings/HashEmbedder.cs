using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Tests.Shared;

/// <summary>A stand-in sentence embedder: each word has a fixed pseudo-random direction and a text is the normalised sum
/// of its words', so texts sharing words are near each other. Counts the texts it embeds and can be told to cancel
/// after a number of batches (a kill at a batch boundary).</summary>
internal sealed class HashEmbedder(int dimensions = 32) : ITextEmbedder
{
    private int computed;
    private int batches;

    public string ModelId => "hash-test";

    public int Dimensions => dimensions;

    public string QueryPrefix => string.Empty;

    /// <summary>Texts embedded so far.</summary>
    public int Computed => Volatile.Read(ref computed);

    /// <summary>Cancelled once this many batches were embedded (null: never).</summary>
    public (int Batches, CancellationTokenSource Source)? CancelAfter { get; set; }

    public float[] Embed(string text)
    {
        Interlocked.Increment(ref computed);
        var vector = new float[dimensions];
        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var random = new Random(StableHash(word));
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] += (float)(random.NextDouble() - 0.5);
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
        else
        {
            vector[0] = 1;
        }

        return vector;
    }

    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = texts.Select(Embed).ToArray();
        if (CancelAfter is { } cancel && Interlocked.Increment(ref batches) >= cancel.Batches)
        {
            cancel.Source.Cancel();
        }

        return vectors;
    }

    // string.GetHashCode differs between runs; tests compare vectors across embedder instances.
    private static int StableHash(string word)
    {
        var hash = 17;
        foreach (var c in word)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
