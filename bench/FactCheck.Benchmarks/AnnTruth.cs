using System.Globalization;
using System.Numerics.Tensors;

namespace FactCheck.Benchmarks;

/// <summary>The exact answer `ann` compares the graph with: per query, the k owners whose best vector has the highest
/// cosine (the vectors are unit length, so the dot product), found by scanning every vector; one query per core. Best first.</summary>
internal static class AnnTruth
{
    public static int[][] TopOwners(AnnVectors data, int k)
    {
        var dimensions = data.Dimensions;
        var result = new int[data.QueryCount][];
        Parallel.For(0, data.QueryCount, q =>
        {
            var query = data.Queries.AsSpan(q * dimensions, dimensions);
            var heap = new PriorityQueue<int, float>(k + 1);
            var i = 0;
            while (i < data.Count)
            {
                // An owner's vectors are contiguous: its score is the best of them.
                var owner = data.Owners[i];
                var best = float.NegativeInfinity;
                for (; i < data.Count && data.Owners[i] == owner; i++)
                {
                    best = Math.Max(best, TensorPrimitives.Dot(query, data.Vectors.AsSpan(i * dimensions, dimensions)));
                }

                if (heap.Count < k)
                {
                    heap.Enqueue(owner, best);
                }
                else if (heap.TryPeek(out _, out var lowest) && best > lowest)
                {
                    heap.DequeueEnqueue(owner, best);
                }
            }

            result[q] = heap.UnorderedItems.OrderByDescending(e => e.Priority).Select(e => e.Element).ToArray();
        });
        return result;
    }

    /// <summary>Writes the answers (each line: the query's set, a tab, its owners best first) beside a saved index, so a
    /// view of it can count recall without the vectors.</summary>
    public static void Save(string path, int[][] truth, string[] sets) =>
        File.WriteAllLines(path, truth.Select((t, q) => sets[q] + "\t" + string.Join(' ', t)));

    /// <summary>The answers and query sets saved by <see cref="Save"/>, or null when there is no such file.</summary>
    public static (int[][] Truth, string[] Sets)? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path).Select(l => l.Split('\t', 2)).ToArray();
        return (lines.Select(l => l[1].Split(' ').Select(o => int.Parse(o, CultureInfo.InvariantCulture)).ToArray()).ToArray(), lines.Select(l => l[0]).ToArray());
    }
}
