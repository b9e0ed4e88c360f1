namespace FactCheck.Core.Claims;

/// <summary>How an incoming claim combines with the stored one of the same id.</summary>
/// <remarks>
/// Text and language are the incoming ones. Reviews are keyed by URL: an incoming review replaces the stored one with
/// its URL, stored reviews the incoming claim does not mention are kept (another file may have brought them: a
/// Fact Check Tools claim with three publishers, then one publisher's own ClaimReview page). Phrasings and appearances
/// are the union. So re-importing any file that was imported before changes nothing.
/// </remarks>
public static class StoredClaimMerge
{
    public static Claim Merge(Claim stored, Claim incoming)
    {
        var incomingByUrl = incoming.Reviews.DistinctBy(r => r.Url, StringComparer.Ordinal).ToDictionary(r => r.Url, StringComparer.Ordinal);
        var reviews = stored.Reviews.Select(r => incomingByUrl.GetValueOrDefault(r.Url, r)).ToList();
        reviews.AddRange(incoming.Reviews.Where(r => stored.Reviews.All(s => s.Url != r.Url)));

        var phrasings = stored.Phrasings.Concat(incoming.Phrasings)
            .Where(p => p.Text != incoming.Text)
            .DistinctBy(p => p.Text, StringComparer.Ordinal)
            .ToList();
        var appearances = stored.Appearances.Union(incoming.Appearances, StringComparer.Ordinal).ToList();
        return incoming with { Phrasings = phrasings, Appearances = appearances, Reviews = reviews };
    }
}
