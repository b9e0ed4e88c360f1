using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads the Google Fact Check Tools claims:search response, or one claim object of it.</summary>
internal static class FactCheckApiReader
{
    /// <summary>Whether the element looks like a claims:search claim (text plus a claimReview array).</summary>
    public static bool IsClaim(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && JsonTools.Get(e, "claimReview").ValueKind == JsonValueKind.Array;

    /// <summary>Whether the element is a claims:search response envelope.</summary>
    public static bool IsResponse(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && JsonTools.Get(e, "claims").ValueKind == JsonValueKind.Array;

    public static void ReadResponse(JsonElement response, ParseContext context)
    {
        var index = 0;
        foreach (var claim in JsonTools.Get(response, "claims").EnumerateArray())
        {
            ReadClaim(claim, $"record {++index}", context);
        }
    }

    public static void ReadClaim(JsonElement claim, string position, ParseContext context)
    {
        var text = TextClean.Inline(JsonTools.Str(claim, "text"));
        if (text.Length == 0)
        {
            context.Reject(position, "missing claim text");
            return;
        }

        var reviews = new List<Review>();
        var reviewIndex = 0;
        foreach (var node in JsonTools.Objects(claim, "claimReview"))
        {
            reviewIndex++;
            var where = $"{position} review {reviewIndex}";
            var url = UrlTools.Canonicalize(JsonTools.Str(node, "url"), null, out var urlReason);
            if (url is null)
            {
                context.Reject(where, urlReason);
                continue;
            }

            var rawDate = JsonTools.Str(node, "reviewDate");
            if (!DateParser.TryParse(rawDate, out var date))
            {
                context.Reject(where, $"bad date '{rawDate}'");
                continue;
            }

            var publisher = JsonTools.Get(node, "publisher");
            var site = TextClean.Inline(JsonTools.Str(publisher, "site"));
            var rating = TextClean.Inline(JsonTools.Str(node, "textualRating"));
            if (!context.AcceptsRating(rating, where))
            {
                continue;
            }

            reviews.Add(new Review(
                url,
                new Publisher(TextClean.Inline(JsonTools.Str(publisher, "name")), site.Length > 0 ? site : UrlTools.Host(url)),
                rating,
                RatingMapper.Map(rating),
                date,
                TextClean.Inline(JsonTools.Str(node, "title")) is { Length: > 0 } title ? title : null,
                LanguageTag.Optional(JsonTools.Str(node, "languageCode"))));
        }

        if (reviews.Count == 0)
        {
            if (reviewIndex == 0)
            {
                context.Reject(position, "no claimReview: a claim without a published review is not a fact-check");
            }

            return;
        }

        var language = reviews.Select(r => r.Language).FirstOrDefault(l => l is not null) ?? LanguageTag.Undetermined;
        context.Add(new Claim(UrlTools.ClaimIdFor(reviews[0].Url), text, language, [], [], reviews));
    }
}
