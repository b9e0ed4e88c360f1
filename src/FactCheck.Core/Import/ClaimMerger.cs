using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Joins the records of one file that share a claim id: their reviews (by URL), phrasings and appearances.</summary>
public static class ClaimMerger
{
    /// <summary>The claims with those of the same id joined into the first, in first-seen order.</summary>
    public static List<Claim> Merge(IEnumerable<Claim> claims)
    {
        var order = new List<string>();
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (byId.TryGetValue(claim.Id, out var first))
            {
                byId[claim.Id] = Merge(first, claim);
            }
            else
            {
                byId[claim.Id] = claim;
                order.Add(claim.Id);
            }
        }

        return [.. order.Select(id => byId[id])];
    }

    /// <summary>The first record's text and language stay; a later record's different text becomes a phrasing.</summary>
    public static Claim Merge(Claim first, Claim later)
    {
        var phrasings = first.Phrasings.ToList();
        foreach (var p in later.Phrasings.Prepend(new Phrasing(later.Text, LanguageTag.Optional(later.Language))))
        {
            if (p.Text != first.Text && phrasings.All(q => q.Text != p.Text))
            {
                phrasings.Add(p);
            }
        }

        var reviews = first.Reviews.ToList();
        reviews.AddRange(later.Reviews.Where(r => reviews.All(q => q.Url != r.Url)));
        var appearances = first.Appearances.Union(later.Appearances, StringComparer.Ordinal).ToList();
        return first with { Phrasings = phrasings, Appearances = appearances, Reviews = reviews };
    }
}
