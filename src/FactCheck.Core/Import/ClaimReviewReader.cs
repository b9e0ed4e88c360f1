using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads schema.org ClaimReview nodes wherever they sit: one object, an array, @graph, a DataFeedItem's item.</summary>
internal static class ClaimReviewReader
{
    private const int MaxDepth = 24;
    private const int MaxSummary = 1000;

    /// <summary>Reads every ClaimReview under <paramref name="root"/>; returns how many were found.</summary>
    /// <param name="root">A JSON-LD document or any JSON holding ClaimReview nodes.</param>
    /// <param name="context">Where the claims and rejections go.</param>
    /// <param name="line">The line the document came from, in a one-document-per-line file; records are numbered otherwise.</param>
    public static int ReadAll(JsonElement root, ParseContext context, string? line = null)
    {
        var nodes = new List<JsonElement>();
        Find(root, nodes, 0);
        for (var i = 0; i < nodes.Count; i++)
        {
            var position = line is null ? $"record {context.Records + 1}"
                : nodes.Count == 1 ? line : $"{line} #{i + 1}";
            Read(nodes[i], position, context);
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

        // An http @id (often "page#claimreview") stands in for a missing url; a review published nowhere on the web
        // (the project's demo seeds) keeps its urn: identifier as its URL, and no link is shown for it.
        var nodeId = JsonTools.Str(node, "@id");
        var webId = nodeId is not null && nodeId.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? nodeId : null;
        var rawUrl = JsonTools.FirstStr(node, "url") ?? MainEntity(node) ?? webId ?? context.PageUrl;
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
        var numericOnly = JsonTools.Str(rating, "ratingValue") is { Length: > 0 } ? RatingFields.NumericOnlyReason : null;
        if (!context.AcceptsRating(ratingText, position, numericOnly))
        {
            return;
        }

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

        var phrasings = texts.Skip(1).Select(t => new Phrasing(t, language)).Concat(ItemReviewedReader.OtherWordings(node, language))
            .Where(p => p.Text != texts[0]).DistinctBy(p => p.Text, StringComparer.Ordinal).ToList();
        var claim = new Claim(UrlTools.ClaimIdFor(url), texts[0], language ?? LanguageTag.Undetermined, phrasings, ItemReviewedReader.Appearances(node), [review]);
        context.Add(claim);
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

    private static string? MainEntity(JsonElement node)
    {
        var v = JsonTools.Get(node, "mainEntityOfPage");
        return v.ValueKind == JsonValueKind.Object ? JsonTools.FirstStr(v, "@id", "url") : JsonTools.Str(node, "mainEntityOfPage");
    }

    /// <summary>inLanguage as a code, or as a Language object with a name.</summary>
    internal static string? InLanguage(JsonElement node)
    {
        var v = JsonTools.Get(node, "inLanguage");
        return v.ValueKind == JsonValueKind.Object ? JsonTools.FirstStr(v, "alternateName", "name") : JsonTools.Str(node, "inLanguage");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
