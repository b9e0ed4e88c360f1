using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>The vectors `ann` indexes: unit vectors laid out owner by owner (an owner's vectors are contiguous), the
/// owner of each, and the queries.</summary>
internal sealed record AnnVectors(float[] Vectors, int[] Owners, int Dimensions, float[] Queries, string[] QuerySets)
{
    // Norm of the noise added to a synthetic vector before it is normalised.
    private const float Noise = 0.25f;

    public int Count => Owners.Length;

    public int QueryCount => Queries.Length / Dimensions;

    /// <summary>Real claim vectors of the data sets (their texts and phrasings, as the bot embeds them, stored in or
    /// added to <paramref name="cache"/>), grown to <paramref name="target"/> vectors with synthetic claims, and the
    /// first <paramref name="queriesPerSet"/> dev queries of each set embedded as the matcher embeds a passage.</summary>
    public static async Task<AnnVectors> RealAsync(
        IReadOnlyList<string> folders, string model, string cache, int target, int queriesPerSet, int seed, CancellationToken cancellationToken)
    {
        var sets = folders.Select(f => BenchData.Load(f, "dev")).ToArray();
        using var embedder = OnnxTextEmbedder.Create(new EmbeddingModelOptions { Model = model });
        var texts = ClaimVectors.TextsOf(sets.SelectMany(s => s.Claims).ToList());
        var stored = await new StoredEmbeddings(embedder, new SqliteEmbeddingStore(Migrations.Open(cache)))
            .EmbedAllAsync(texts.Select(t => t.Text).ToArray(), cancellationToken);
        Console.WriteLine($"real: {texts.Count:N0} claim texts of {texts.Select(t => t.Owner).Distinct().Count():N0} claims, {stored.Computed:N0} embedded now (cache {cache})");

        var querySets = new List<string>();
        var queryTexts = new List<string>();
        foreach (var (folder, set) in folders.Zip(sets))
        {
            foreach (var (_, text) in set.Queries.Take(queriesPerSet))
            {
                querySets.Add(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
                queryTexts.Add(embedder.QueryPrefix + text);
            }
        }

        var dimensions = embedder.Dimensions;
        var queries = new float[queryTexts.Count * dimensions];
        var embedded = embedder.EmbedBatch(queryTexts, cancellationToken);
        for (var q = 0; q < embedded.Length; q++)
        {
            Unit(embedded[q]).CopyTo(queries.AsSpan(q * dimensions));
        }

        var real = texts.Select((t, i) => (t.Owner, Vector: Unit(stored.Vectors[i]))).ToArray();
        var (vectors, owners) = Grow(real, dimensions, Math.Max(target, real.Length), seed);
        return new AnnVectors(vectors, owners, dimensions, queries, querySets.ToArray());
    }

    /// <summary>Generated unit vectors, one per owner (a shared direction, one of 10,000 topics, noise) and queries drawn
    /// the same way: the earlier test, whose near-ties make it harder than real claims.</summary>
    public static AnnVectors Generated(int count, int dimensions, int queryCount) =>
        new(Generate(count, dimensions, seed: 11), Enumerable.Range(0, count).ToArray(), dimensions, Generate(queryCount, dimensions, seed: 12),
            Enumerable.Repeat("generated", queryCount).ToArray());

    // Synthetic claims until there are `target` vectors. Each copies a random real claim (all its texts, so its
    // phrasings stay close to each other, as real ones are), mixes in 15-40 % of another random real claim's text
    // vector and adds noise: every synthetic vector stays inside the cone the real ones occupy (the shared direction
    // is kept, a mixture of two real claims is what a claim on a related topic looks like), and each real claim gains
    // about twenty close neighbours, so a query's top 50 is a dense cluster of near-ties rather than the spread-out
    // neighbourhood of a real store. That is harder for a graph than reality, not easier.
    private static (float[] Vectors, int[] Owners) Grow((int Owner, float[] Vector)[] real, int dimensions, int target, int seed)
    {
        var claims = real.GroupBy(r => r.Owner).Select(g => g.Select(r => r.Vector).ToArray()).ToArray();
        var vectors = new float[(long)target * dimensions];
        var owners = new int[target];
        var n = 0;
        for (var c = 0; c < claims.Length; c++)
        {
            foreach (var v in claims[c])
            {
                v.CopyTo(vectors.AsSpan(n * dimensions));
                owners[n++] = c;
            }
        }

        var random = new Random(seed);
        var owner = claims.Length;
        var copyCosine = 0.0;
        var copies = 0;
        while (n < target)
        {
            var template = claims[random.Next(claims.Length)];
            var partner = claims[random.Next(claims.Length)][0];
            var mix = 0.15f + (0.25f * random.NextSingle());
            foreach (var v in template)
            {
                if (n == target)
                {
                    break;
                }

                var w = vectors.AsSpan(n * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    w[d] = ((1 - mix) * v[d]) + (mix * partner[d]) + (Noise * (float)NextGaussian(random) / MathF.Sqrt(dimensions));
                }

                TensorPrimitives.Divide(w, TensorPrimitives.Norm(w), w);
                copyCosine += TensorPrimitives.Dot(w, v);
                copies++;
                owners[n++] = owner;
            }

            owner++;
        }

        Console.WriteLine($"real claims: mean cosine of a text vector to the nearest text of another claim {NearestOtherClaim(real):F3} (300 sampled)");
        Console.WriteLine($"grown to {target:N0} vectors of {owner:N0} claims ({claims.Length:N0} real); a synthetic vector's mean cosine to the real one it copies: {(copies == 0 ? 0 : copyCosine / copies):F3}");
        return (vectors, owners);
    }

    // How close real claims are to each other, to set beside how close a synthetic copy is to its original.
    private static double NearestOtherClaim((int Owner, float[] Vector)[] real)
    {
        var random = new Random(1);
        var sample = Enumerable.Range(0, 300).Select(_ => real[random.Next(real.Length)]).ToArray();
        return sample.AsParallel().Select(s => real.Where(r => r.Owner != s.Owner).Max(r => TensorPrimitives.Dot(s.Vector, r.Vector))).Average();
    }

    private static float[] Unit(float[] vector)
    {
        var v = vector.ToArray();
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static float[] Generate(int count, int dimensions, int seed)
    {
        var topics = new Random(3);
        var common = Gaussian(topics, dimensions);
        var centres = Enumerable.Range(0, 10_000).Select(_ => Gaussian(topics, dimensions)).ToArray();
        var vectors = new float[(long)count * dimensions];
        Parallel.For(0, (count + 9_999) / 10_000, block =>
        {
            var random = new Random(seed * 1_000_003 + block);
            for (var i = block * 10_000; i < Math.Min(count, (block + 1) * 10_000); i++)
            {
                var centre = centres[random.Next(centres.Length)];
                var v = vectors.AsSpan(i * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    v[d] = (1.6f * common[d]) + centre[d] + (0.9f * (float)NextGaussian(random) / MathF.Sqrt(dimensions));
                }

                TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            }
        });
        return vectors;
    }

    private static float[] Gaussian(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            v[d] = (float)NextGaussian(random);
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
