using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Matching;

/// <summary>Per claim, over the embedded passages of one message: its best cosine, that cosine's margin over the passage's other claims, and its best nearest-neighbour rank.</summary>
internal sealed class DenseEvidence
{
    private readonly Dictionary<int, (double Best, double Margin)> cosine = [];
    private readonly Dictionary<int, int> rank = [];

    /// <summary>Adds one passage's nearest neighbours (<paramref name="hits"/>, searched in <paramref name="index"/> for
    /// <paramref name="vector"/>), and the similarity of its lexical candidates; returns the claims the embedding retrieved.</summary>
    public IReadOnlyList<int> Add(IVectorIndex index, IReadOnlyList<DenseHit> hits, float[] vector, IReadOnlyList<Candidate> lexical)
    {
        var top = hits.Count > 0 ? hits[0].Score : 0;
        var next = hits.Count > 1 ? hits[1].Score : 0;
        for (var r = 0; r < hits.Count; r++)
        {
            var hit = hits[r];
            Keep(hit.Owner, hit.Score, hit.Score - (r == 0 ? next : top));
            rank[hit.Owner] = Math.Min(rank.GetValueOrDefault(hit.Owner, int.MaxValue), r);
        }

        // Lexical candidates the embedding did not rank still get their similarity.
        foreach (var c in lexical)
        {
            if (!rank.ContainsKey(c.ClaimIndex) && index.Similarity(c.ClaimIndex, vector) is { } similarity)
            {
                Keep(c.ClaimIndex, similarity, similarity - top);
            }
        }

        return hits.Select(h => h.Owner).ToList();
    }

    /// <summary>The claim's best cosine and its margin, or null when no embedded passage was compared with it.</summary>
    public (double Best, double Margin)? Cosine(int claim) => cosine.TryGetValue(claim, out var c) ? c : null;

    /// <summary>Reciprocal of the claim's best nearest-neighbour rank (0 when never retrieved by the embedding).</summary>
    public double Rrf(int claim) => rank.TryGetValue(claim, out var r) ? 1.0 / (10 + r) : 0;

    private void Keep(int claim, double score, double margin)
    {
        if (!cosine.TryGetValue(claim, out var current) || score > current.Best)
        {
            cosine[claim] = (score, margin);
        }
    }
}
