using FactCheck.Core.Claims;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Builds the dense index of a claim list: one vector per distinct text of a claim, owned by its position.</summary>
public static class ClaimVectors
{
    /// <summary>Each claim's distinct, non-blank texts (its text and phrasings) with the claim's position.</summary>
    public static IReadOnlyList<(int Owner, string Text)> TextsOf(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var texts = new List<(int, string)>(claims.Count * 2);
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var text in claims[i].AllTexts().Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal))
            {
                texts.Add((i, text));
            }
        }

        return texts;
    }

    /// <summary>Each claim's distinct, non-blank texts with the claim's owner number (a slot of the live index).</summary>
    public static IReadOnlyList<(int Owner, string Text)> TextsOf(IEnumerable<(int Owner, Claim Claim)> claims) =>
        claims.SelectMany(c => c.Claim.AllTexts().Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Select(t => (c.Owner, t)))
            .ToList();

    /// <summary>Embeds (or reuses the stored vectors of) every claim text and indexes them by claim position.</summary>
    public static Task<DenseIndex> BuildIndexAsync(
        IReadOnlyList<Claim> claims, StoredEmbeddings embeddings, int dimensions, CancellationToken cancellationToken) =>
        BuildIndexAsync(TextsOf(claims), embeddings, dimensions, cancellationToken);

    /// <summary>Embeds (or reuses the stored vectors of) the texts and indexes them by owner.</summary>
    public static async Task<DenseIndex> BuildIndexAsync(
        IReadOnlyList<(int Owner, string Text)> texts, StoredEmbeddings embeddings, int dimensions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(texts);
        var embedded = await embeddings.EmbedAllAsync(texts.Select(t => t.Text).ToArray(), cancellationToken).ConfigureAwait(false);
        var index = new DenseIndex(dimensions, texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            index.Add(texts[i].Owner, embedded.Vectors[i]);
        }

        return index;
    }
}
