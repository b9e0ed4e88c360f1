using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads claim-per-line JSON (the benchmark claims files): id, text, language, date, publisher, and optionally
/// title, subtitle, url, and a rating under any of <see cref="RatingFields.Names"/>.</summary>
/// <remarks>These records carry their own id, so a review URL is optional: without one the review has an empty URL,
/// the publisher and date only. The benchmark files state no rating: they import only with
/// <see cref="ImportOptions.UnratedAllowed"/>.</remarks>
internal static class ClaimsJsonlReader
{
    private static readonly string[] PhrasingKeys = ["title", "subtitle"];

    /// <summary>Whether an object is such a record rather than JSON-LD: an id and a text, no @type.</summary>
    public static bool IsRecord(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && JsonTools.Types(e).Count == 0
        && JsonTools.Str(e, "text") is not null && JsonTools.Str(e, "id") is not null;

    public static void ReadLines(string text, ParseContext context)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            ReadLine(line, ++lineNumber, context);
        }
    }

    /// <summary>One line of the file; a line that is not JSON rejects that record only, the others are kept.</summary>
    public static void ReadLine(string line, long lineNumber, ParseContext context)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        var position = $"line {lineNumber}";
        try
        {
            using var doc = JsonDocument.Parse(line, JsonTools.Options);
            ReadLine(doc.RootElement, position, context);
        }
        catch (JsonException e)
        {
            context.Reject(position, $"not valid JSON ({JsonTools.Describe(e)})");
        }
    }

    /// <summary>One line: a claim record, or a Fact Check Tools claim or ClaimReview per line (feed dumps are written so too).</summary>
    private static void ReadLine(JsonElement root, string position, ParseContext context)
    {
        if (FactCheckApiReader.IsClaim(root))
        {
            FactCheckApiReader.ReadClaim(root, position, context);
        }
        else if (IsRecord(root) || ClaimReviewReader.ReadAll(root, context, position) == 0)
        {
            ReadRecord(root, position, context);
        }
    }

    public static void ReadRecord(JsonElement record, string position, ParseContext context)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            context.Reject(position, "not a JSON object");
            return;
        }

        var text = TextClean.Inline(JsonTools.Str(record, "text"));
        if (text.Length == 0)
        {
            context.Reject(position, "missing claim text");
            return;
        }

        var id = TextClean.Inline(JsonTools.Str(record, "id"));
        var rawUrl = JsonTools.FirstStr(record, "url", "review_url");
        string url = string.Empty;
        if (rawUrl is not null || id.Length == 0)
        {
            if (UrlTools.Canonicalize(rawUrl, null, out var reason) is not { } canonical)
            {
                context.Reject(position, reason);
                return;
            }

            url = canonical;
        }

        var rawDate = JsonTools.Str(record, "date");
        if (!DateParser.TryParse(rawDate, out var date))
        {
            context.Reject(position, $"bad date '{rawDate}'");
            return;
        }

        var language = LanguageTag.Normalize(JsonTools.Str(record, "language"));
        var phrasings = PhrasingKeys
            .Select(k => TextClean.Inline(JsonTools.Str(record, k)))
            .Where(p => p.Length > 0 && p != text)
            .Distinct()
            .Select(p => new Phrasing(p, language == LanguageTag.Undetermined ? null : language))
            .ToList();
        var rating = RatingFields.Read(record);
        if (!context.AcceptsRating(rating, position))
        {
            return;
        }

        var publisher = TextClean.Inline(JsonTools.Str(record, "publisher"));
        var review = new Review(
            url,
            new Publisher(publisher, UrlTools.Host(url)),
            rating,
            RatingMapper.Map(rating),
            date,
            Headline: TextClean.Inline(JsonTools.Str(record, "title")) is { Length: > 0 } title ? title : null,
            Language: language == LanguageTag.Undetermined ? null : language);
        context.Add(new Claim(id.Length > 0 ? id : UrlTools.ClaimIdFor(url), text, language, phrasings, [], [review]));
    }
}
