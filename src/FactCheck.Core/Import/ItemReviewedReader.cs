using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>What a ClaimReview's itemReviewed says about the claim itself: where it appeared, and its translations.</summary>
internal static class ItemReviewedReader
{
    /// <summary>Where the claim was seen: itemReviewed's appearance, firstAppearance, or its own url (a CreativeWork).</summary>
    public static List<string> Appearances(JsonElement review)
    {
        var urls = new List<string>();
        foreach (var item in JsonTools.Objects(review, "itemReviewed"))
        {
            var raw = JsonTools.Strs(item, "url")
                .Concat(JsonTools.Objects(item, "appearance").Concat(JsonTools.Objects(item, "firstAppearance")).SelectMany(a => JsonTools.Strs(a, "url")))
                .Concat(JsonTools.Strs(item, "appearance").Concat(JsonTools.Strs(item, "firstAppearance")));
            foreach (var value in raw)
            {
                // An unreadable appearance is dropped, not the review: it only helps matching.
                if (UrlTools.Canonicalize(value, null, out _) is { } url && !urls.Contains(url))
                {
                    urls.Add(url);
                }
            }
        }

        return urls;
    }

    /// <summary>Other wordings of the claim: itemReviewed's alternateName, and its workTranslation texts in their own languages.</summary>
    public static IEnumerable<Phrasing> OtherWordings(JsonElement review, string? language)
    {
        foreach (var item in JsonTools.Objects(review, "itemReviewed"))
        {
            foreach (var name in JsonTools.Strs(item, "alternateName").Select(TextClean.Inline).Where(t => t.Length > 0))
            {
                yield return new Phrasing(name, language);
            }

            foreach (var translation in JsonTools.Objects(item, "workTranslation"))
            {
                var text = TextClean.Inline(JsonTools.FirstStr(translation, "text", "name"));
                if (text.Length > 0)
                {
                    yield return new Phrasing(text, LanguageTag.Optional(ClaimReviewReader.InLanguage(translation)) ?? language);
                }
            }
        }
    }
}
