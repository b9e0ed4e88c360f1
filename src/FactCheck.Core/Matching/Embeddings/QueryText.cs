using System.Text.RegularExpressions;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>A message passage as the embedding model reads it.</summary>
internal static partial class QueryText
{
    /// <summary>
    /// <paramref name="passage"/> without its web addresses, whitespace collapsed; the passage as it is when nothing else
    /// is left. A shortened link (t.co, bit.ly) is a dozen word pieces that say nothing a claim says, and the model's time
    /// grows with every piece (URLs are matched to claims by the lexical half, which keeps them).
    /// </summary>
    public static string ForModel(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var kept = Spaces().Replace(Url().Replace(passage, " "), " ").Trim();
        return kept.Length == 0 ? passage : kept;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
