namespace FactCheck.Core.Claims;

/// <summary>A fact-checked statement with its phrasings, known appearances and reviews.</summary>
/// <param name="Id">Stable identity: the source's claim id, else derived from the first review's URL.</param>
/// <param name="Text">The claim as the fact-checker phrased it.</param>
/// <param name="Language">BCP-47 language of <paramref name="Text"/> ("en", "id", ...), or "und".</param>
/// <param name="Phrasings">Other wordings, possibly in other languages.</param>
/// <param name="Appearances">Canonical URLs where the claim was seen circulating.</param>
/// <param name="Reviews">At least one published review.</param>
public sealed record Claim(
    string Id,
    string Text,
    string Language,
    IReadOnlyList<Phrasing> Phrasings,
    IReadOnlyList<string> Appearances,
    IReadOnlyList<Review> Reviews)
{
    /// <summary>Every text the claim is known by: its own text first, then its phrasings.</summary>
    public IEnumerable<string> AllTexts()
    {
        yield return Text;
        foreach (var p in Phrasings)
        {
            yield return p.Text;
        }
    }
}
