using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tips;

/// <summary>A submitted text made comparable: the matcher's normalisation, then word tokens; its hash and token set.</summary>
/// <remarks>Near-identical submissions are found by token-set Jaccard over the open tips rather than through
/// <see cref="ClaimIndex"/>: the question is "is this the same message, give or take a few words?", not "which claim
/// does it talk about?". BM25 scores are not calibrated for sameness and an index would have to be rebuilt for every
/// new tip; open tips are at most a few thousand short texts, so a linear Jaccard pass is cheap and predictable.
/// The same <see cref="TextNormalizer"/> as the matcher makes case, invisible characters and URL forms irrelevant.</remarks>
public sealed class TipText
{
    private TipText(IReadOnlyList<string> tokens)
    {
        Tokens = tokens;
        Set = tokens.ToHashSet(StringComparer.Ordinal);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', tokens))));
    }

    /// <summary>The words and canonical URLs, in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The distinct tokens.</summary>
    public IReadOnlySet<string> Set { get; }

    /// <summary>SHA-256 of the token sequence: equal for texts that differ only in form (case, spacing, punctuation).</summary>
    public string Hash { get; }

    /// <summary>True when there is nothing to check (no word, no link).</summary>
    public bool IsEmpty => Tokens.Count == 0;

    public static TipText Of(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in normalized.Text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        tokens.AddRange(normalized.Urls);
        return new TipText(tokens);
    }

    /// <summary>|A ∩ B| / |A ∪ B| over the distinct tokens; 0 when either is empty.</summary>
    public double Similarity(TipText other)
    {
        if (Set.Count == 0 || other.Set.Count == 0)
        {
            return 0;
        }

        var common = Set.Count(other.Set.Contains);
        return (double)common / (Set.Count + other.Set.Count - common);
    }
}
