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

    /// <summary>Embeds (or reuses the stored vectors of) every claim text and indexes them by claim position.</summary>
    public static async Task<DenseIndex> BuildIndexAsync(
        IReadOnlyList<Claim> claims, StoredEmbeddings embeddings, int dimensions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var texts = TextsOf(claims);
        var embedded = await embeddings.EmbedAllAsync(texts.Select(t => t.Text).ToArray(), cancellationToken).ConfigureAwait(false);
        var index = new DenseIndex(dimensions, texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            index.Add(texts[i].Owner, embedded.Vectors[i]);
        }

        return index;
    }
}
