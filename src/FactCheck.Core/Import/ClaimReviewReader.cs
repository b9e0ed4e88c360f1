using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads schema.org ClaimReview nodes wherever they sit: one object, an array, @graph, a DataFeedItem's item.</summary>
internal static class ClaimReviewReader
{
    private const int MaxDepth = 24;
    private const int MaxSummary = 1000;

    /// <summary>Reads every ClaimReview under <paramref name="root"/>; returns how many were found.</summary>
    public static int ReadAll(JsonElement root, ParseContext context)
    {
        var nodes = new List<JsonElement>();
        Find(root, nodes, 0);
        foreach (var node in nodes)
        {
            Read(node, $"record {context.Claims.Count + context.Rejections.Count + 1}", context);
        }

        return nodes.Count;
    }

    private static void Find(JsonElement e, List<JsonElement> found, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Find(item, found, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // Untyped records with claimReviewed (WordPress fact-check indexes) are ClaimReviews in all but name.
        if (JsonTools.HasType(e, "ClaimReview") || (JsonTools.Types(e).Count == 0 && JsonTools.Get(e, "claimReviewed").ValueKind != JsonValueKind.Undefined))
        {
            found.Add(e);
            return;
        }

        foreach (var property in e.EnumerateObject())
        {
            if (property.Name != "@context")
            {
                Find(property.Value, found, depth + 1);
            }
        }
    }

    private static void Read(JsonElement node, string position, ParseContext context)
    {
        var texts = JsonTools.Strs(node, "claimReviewed").Select(TextClean.Inline).Where(t => t.Length > 0).Distinct().ToList();
        if (texts.Count == 0)
        {
            context.Reject(position, "missing claim text");
            return;
        }

        var rawUrl = JsonTools.FirstStr(node, "url") ?? MainEntity(node) ?? context.PageUrl;
        var url = UrlTools.Canonicalize(rawUrl, context.PageUrl, out var urlReason) ?? UrnIdentity(node, rawUrl);
        if (url is null)
        {
            context.Reject(position, urlReason);
            return;
        }

        var rawDate = JsonTools.FirstStr(node, "datePublished", "dateCreated");
        if (!DateParser.TryParse(rawDate, out var date))
        {
            context.Reject(position, $"bad date '{rawDate}'");
            return;
        }

        var rating = JsonTools.Objects(node, "reviewRating").FirstOrDefault();
        var ratingText = TextClean.Inline(JsonTools.FirstStr(rating, "alternateName", "name") ?? JsonTools.Str(node, "textualRating"));
        var language = LanguageTag.Optional(InLanguage(node)) ?? LanguageTag.Optional(context.PageLanguage);
        var summary = TextClean.WithoutTags(JsonTools.FirstStr(node, "reviewBody", "description"));
        var review = new Review(
            url,
            PublisherReader.Read(node, url),
            ratingText,
            RatingMapper.Map(ratingText),
            date,
            NullIfEmpty(TextClean.Inline(JsonTools.FirstStr(node, "name", "headline", "title"))),
            language,
            NullIfEmpty(summary.Length > MaxSummary ? summary[..MaxSummary] : summary));

        var phrasings = texts.Skip(1).Select(t => new Phrasing(t, language)).Concat(OtherWordings(node, language)).ToList();
        var claim = new Claim(UrlTools.ClaimIdFor(url), texts[0], language ?? LanguageTag.Undetermined, phrasings, Appearances(node), [review]);
        context.Claims.Add((claim, position));
    }

    /// <summary>Where the claim was seen: itemReviewed's appearance, firstAppearance, or its own url (a CreativeWork).</summary>
    private static List<string> Appearances(JsonElement node)
    {
        var urls = new List<string>();
        foreach (var item in JsonTools.Objects(node, "itemReviewed"))
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

    /// <summary>
    /// A review published nowhere on the web (the project's own demo data) is identified by its `urn:` @id or
    /// identifier instead of a URL; nothing is invented, and no link is shown for it.
    /// </summary>
    private static string? UrnIdentity(JsonElement node, string? rawUrl)
    {
        var id = rawUrl is null ? JsonTools.FirstStr(node, "@id", "identifier") : null;
        return id is not null && id.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && !id.Any(char.IsWhiteSpace) ? id : null;
    }

    /// <summary>Other wordings of the claim: itemReviewed's alternateName, and its workTranslation texts in their own languages.</summary>
    private static IEnumerable<Phrasing> OtherWordings(JsonElement node, string? language)
    {
        foreach (var item in JsonTools.Objects(node, "itemReviewed"))
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
                    yield return new Phrasing(text, LanguageTag.Optional(InLanguage(translation)) ?? language);
                }
            }
        }
    }

    private static string? MainEntity(JsonElement node)
    {
        var v = JsonTools.Get(node, "mainEntityOfPage");
        return v.ValueKind == JsonValueKind.Object ? JsonTools.FirstStr(v, "@id", "url") : JsonTools.Str(node, "mainEntityOfPage");
    }

    private static string? InLanguage(JsonElement node)
    {
        var v = JsonTools.Get(node, "inLanguage");
        return v.ValueKind == JsonValueKind.Object ? JsonTools.FirstStr(v, "alternateName", "name") : JsonTools.Str(node, "inLanguage");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
